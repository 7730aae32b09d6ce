package io.github.l2e4j.benchmark.bbob;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instance-1 anchors of research/anchors.md §1.6(b), computed with
 * {@code coco_get_bbob_problem(f, D, 1)} of COCO's C code: f_opt, f(0, 0) in D = 2, f(0) and
 * f(1, ..., 1) in D = 10.
 */
class BbobAnchorTest {

    @ParameterizedTest(name = "f{0}")
    @CsvSource({
            "1, 79.48, 80.88209408, 104.51646976, 127.77406976",
            "2, -209.88, 207486.72423501071, 6724326.5015000748, 4087782.7359782332",
            "3, -462.09, -383.06427743867573, -226.9849872861968, -264.89179163949035",
            "4, -462.09, -391.96019741629902, -235.88090726382001, -265.66557309811515",
            "5, -9.21, 45.79, 195.13763060936017, 179.83322329190239",
            "6, 35.9, 228346.12662830521, 317110.30604569847, 307355.79299715837",
            "7, 92.94, 100.37086354763274, 837.5656321366514, 414.9756002623688",
            "8, 149.15, 155.77610164207618, 17525.44870570111, 56371.516373601939",
            "9, 123.83, 130.33, 182.33, 2003.6893917893033",
            "10, -54.94, 3012722.6538382759, 12956440.267081909, 9779743.7853623852",
            "11, 76.27, 10191388.74239485, 155819.68519254899, 5262422.997428637",
            "12, -621.11, 253803031.42527157, 45230240.749525607, 47987354.60510014",
            "13, 29.97, 401.51985530824118, 1653.9999012112121, 2163.8204326576943",
            "14, -52.35, -50.862085644639116, 25.390687838242819, 15.0547078192375",
            "15, 1000, 1079.9263576189667, 1307.1729850456413, 1353.2146208397276",
            "16, 71.35, 146.89021143705793, 175.024517765128, 111.67430130918062",
            "17, -16.94, 23.80075597213165, 13.366077992355024, 5.4618724948642949",
            "18, -16.94, 1258.5523731780424, 184.46783556937532, 66.186967553247129",
            "19, -102.55, -102.29962625728024, -102.29962625728024, -93.877083636073749",
            "20, -546.5, 4975.0154014933514, 9790.9761360183784, 16405.901918060634",
            "21, 40.78, 54.300466502212132, 107.72655268574587, 110.79917947655858",
            "22, -1000, -936.05575544698445, -924.721382099528, -936.44703476342079",
            "23, 6.87, 31.705100989924524, 23.871192630143916, 24.073225983072742",
            "24, 102.61, 142.06617198058007, 241.3056330759008, 240.3170960520938",
    })
    void instanceOneMatchesCoco(int function, double fopt, double zeroD2, double zeroD10, double onesD10) {
        BbobInstance d2 = Bbob.instance(function, 1, 2);
        BbobInstance d10 = Bbob.instance(function, 1, 10);
        double[] ones = new double[10];
        Arrays.fill(ones, 1.0);

        assertThat(d2.optimalValue()).isEqualTo(fopt);
        assertThat(d10.optimalValue()).isEqualTo(fopt);
        assertClose(d2.value(new double[2]), zeroD2);
        assertClose(d10.value(new double[10]), zeroD10);
        assertClose(d10.value(ones), onesD10);
    }

    private static void assertClose(double actual, double expected) {
        assertThat(CocoTolerance.close(actual, expected))
                .as("%s close to %s (error %s)", actual, expected, CocoTolerance.error(actual, expected))
                .isTrue();
    }
}
