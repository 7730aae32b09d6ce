package io.github.l2e4j.optaplanner;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.impl.domain.valuerange.buildin.collection.ListValueRange;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueCodecTest {

    @Test
    void aDoubleRangeGivesItsExactEndsFoundThroughContains() {
        ValueCodec c = ValueCodec.of(ValueRangeFactory.createDoubleValueRange(-5, 5), Double.class, "K.v");
        assertThat(c.lower()).isEqualTo(-5.0);
        assertThat(c.upper()).isEqualTo(Math.nextDown(5.0));      // [from, to) is half-open
        assertThat(c.value(7.0)).isEqualTo(Math.nextDown(5.0));
        assertThat(c.value(-9.0)).isEqualTo(-5.0);
        assertThat(c.value(1.25)).isEqualTo(1.25);
        assertThat(c.rounds()).isFalse();

        ValueCodec tiny = ValueCodec.of(ValueRangeFactory.createDoubleValueRange(1e-300, 2e-300), Double.class, "K.v");
        assertThat(tiny.lower()).isEqualTo(1e-300);
        assertThat(tiny.upper()).isEqualTo(Math.nextDown(2e-300));
    }

    @Test
    void anIntegerRangeRoundsToItsNearestMemberAndEveryMemberOwnsAFullCell() {
        ValueCodec c = ValueCodec.of(ValueRangeFactory.createIntValueRange(0, 42, 2), Integer.class, "K.v");
        assertThat(c.lower()).isEqualTo(-1.0);
        assertThat(c.upper()).isEqualTo(41.0);
        assertThat(c.value(-0.99)).isEqualTo(0);
        assertThat(c.value(0.99)).isEqualTo(0);
        assertThat(c.value(1.01)).isEqualTo(2);
        assertThat(c.value(16.9)).isEqualTo(16);
        assertThat(c.value(17.1)).isEqualTo(18);
        assertThat(c.value(1e9)).isEqualTo(40);
        assertThat(c.value(-1e9)).isEqualTo(0);
        assertThat(c.rounds()).isTrue();
    }

    @Test
    void longBigDecimalAndListRangesThatAreProgressionsAreSupported() {
        ValueCodec l = ValueCodec.of(ValueRangeFactory.createLongValueRange(10, 20), Long.class, "K.v");
        assertThat(l.value(14.6)).isEqualTo(15L);
        ValueCodec b = ValueCodec.of(ValueRangeFactory.createBigDecimalValueRange(new BigDecimal("0.00"),
                new BigDecimal("1.00"), new BigDecimal("0.25")), BigDecimal.class, "K.v");
        assertThat(b.value(0.3)).isEqualTo(new BigDecimal("0.25"));
        assertThat(b.upper()).isEqualTo(0.875);         // [0, 1) holds 0, 0.25, 0.5, 0.75
        ValueCodec list = ValueCodec.of(new ListValueRange<>(List.of(1, 3, 5, 7)), Integer.class, "K.v");
        assertThat(list.value(4.1)).isEqualTo(5);
    }

    @Test
    void unsupportedRangesAreRejectedWithTheVariableNamed() {
        assertThatThrownBy(() -> ValueCodec.of(new ListValueRange<>(List.of(1, 2, 4)), Integer.class, "Dial.level of entity 0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the value range of Dial.level of entity 0 must be an arithmetic progression (evenly spaced, "
                        + "increasing); member 2 is 4, expected 3.0");
        assertThatThrownBy(() -> ValueCodec.of(new ListValueRange<>(List.of(3, 1)), Integer.class, "K.v"))
                .hasMessageContaining("must list numbers in increasing order");
        assertThatThrownBy(() -> ValueCodec.of(new ListValueRange<>(List.of(3)), Integer.class, "K.v"))
                .hasMessage("the value range of K.v holds 1 value(s); there is nothing to search");
        assertThatThrownBy(() -> ValueCodec.of(ValueRangeFactory.createDoubleValueRange(-Double.MAX_VALUE, 0), Double.class, "K.v"))
                .hasMessage("the value range of K.v is unbounded below; L2E moves need a bounded range");
    }
}
