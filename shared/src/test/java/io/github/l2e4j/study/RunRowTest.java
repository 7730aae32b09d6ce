package io.github.l2e4j.study;

import io.github.l2e4j.metrics.CocoTargets;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunRowTest {

    @Test
    void headerFollowsTheDesignSchema() {
        assertThat(RunRow.HEADER).startsWith("algorithm,problem,function,instance,dim,seed,budget,evaluations,best_f,f_opt,error,t00,t01,")
                .endsWith(",t49,t50,seconds");
        assertThat(RunRow.HEADER.split(",")).hasSize(12 + CocoTargets.COUNT);
    }

    @Test
    void aLineReadsBackBitForBit() {
        long[] hits = new long[CocoTargets.COUNT];
        Arrays.fill(hits, -1);
        hits[0] = 3;
        hits[1] = 17;
        RunRow r = new RunRow("l2e", "bbob_f008_i03_d10", "bbob_f008", 3, 10, 7, 10_000, 9_876, 149.15000000000123, 149.15, hits,
                1.2345);
        RunRow back = RunRow.parse(r.toCsv());
        assertThat(back).isEqualTo(r);
        assertThat(back.bestF()).isEqualTo(149.15000000000123);
        assertThat(back.error()).isEqualTo(149.15000000000123 - 149.15);
        assertThat(back.seconds()).isEqualTo(1.235);
        assertThat(r.toCsvWithoutSeconds()).doesNotEndWith("1.235").endsWith(",-1");
    }

    @Test
    void unknownOptimumLeavesFOptAndErrorEmptyAndNamesAreQuotedWhenNeeded() {
        long[] hits = new long[CocoTargets.COUNT];
        Arrays.fill(hits, -1);
        RunRow r = new RunRow("x", "odd,name", "odd,name", 0, 2, 1, 10, 10, -3.5, Double.NaN, hits, 0);
        assertThat(r.toCsv()).startsWith("x,\"odd,name\",\"odd,name\",0,2,1,10,10,-3.5,,,-1,");
        assertThat(RunRow.parse(r.toCsv())).isEqualTo(r);
        assertThat(RunRow.parse(r.toCsv()).fOpt()).isNaN();
    }

    @Test
    void malformedLinesNameTheColumn() {
        long[] hits = new long[CocoTargets.COUNT];
        String good = new RunRow("a", "p", "p", 0, 2, 1, 10, 10, 1, 0, hits, 0).toCsv();
        assertThatThrownBy(() -> RunRow.parse(good.replace(",10,10,", ",10,ten,")))
                .hasMessage("column evaluations: not a number: 'ten'");
        assertThatThrownBy(() -> RunRow.parse("a,b,c")).hasMessage("expected 63 fields, found 3");
    }

    @Test
    void functionAndInstanceComeFromTheProblemId() {
        assertThat(RunRow.functionAndInstance("bbob_f008_i03_d10")).containsExactly("bbob_f008", "3");
        assertThat(RunRow.functionAndInstance("bbob-largescale_f001_i01_d0640")).containsExactly("bbob-largescale_f001", "1");
        assertThat(RunRow.functionAndInstance("sphere_d10")).containsExactly("sphere", "0");
        assertThat(RunRow.functionAndInstance("control:cartpole:linear")).containsExactly("control:cartpole:linear", "0");
        assertThat(RunRow.functionAndInstance("gradient:qp:n32:m20:i1")).containsExactly("gradient:qp:n32:m20", "1");
    }
}
