package io.github.l2e4j.benchmark.control;

import java.util.Locale;

/**
 * The architecture of a small policy network whose weights are the decision vector.
 *
 * <p>With {@code n} observations, {@code k} outputs and {@code h} hidden units:
 * <ul>
 *   <li>{@code linear}: {@code y = W o + b}; {@code k (n + 1)} weights laid out as {@code W}
 *       row-major ({@code W[j][i] = w[j n + i]}, output {@code j}, observation {@code i}), then
 *       {@code b} ({@code b[j] = w[k n + j]}).</li>
 *   <li>{@code mlp}: {@code z = tanh(W1 o + b1)}, {@code y = W2 z + b2}; {@code h (n + 1) + k (h + 1)}
 *       weights laid out as {@code W1} row-major ({@code h x n}), {@code b1} ({@code h}),
 *       {@code W2} row-major ({@code k x h}), {@code b2} ({@code k}).</li>
 * </ul>
 * The outputs {@code y} are passed to {@link ControlEnvironment#step}, which maps them to the
 * task's action (sign or argmax for discrete actions, clipping for continuous ones). Observations
 * are used as the environments define them, without normalisation.
 *
 * @param kind       linear or one hidden layer
 * @param hiddenSize the number of hidden units: 0 for {@code LINEAR}, in {@code [1, MAX_HIDDEN]} for {@code MLP}
 */
public record Policy(Kind kind, int hiddenSize) {

    /** Hidden units of {@link #mlp()}. */
    public static final int DEFAULT_HIDDEN = 8;
    /** Largest accepted number of hidden units. */
    public static final int MAX_HIDDEN = 4096;

    /** The two policy families. */
    public enum Kind {
        /** An affine map from observations to outputs. */
        LINEAR,
        /** One tanh hidden layer, affine output layer. */
        MLP
    }

    /** Validates the hidden size against the kind. */
    public Policy {
        if (kind == null) {
            throw new IllegalArgumentException("policy kind must not be null");
        }
        if (kind == Kind.LINEAR && hiddenSize != 0) {
            throw new IllegalArgumentException("hiddenSize of a linear policy must be 0, was " + hiddenSize);
        }
        if (kind == Kind.MLP && (hiddenSize < 1 || hiddenSize > MAX_HIDDEN)) {
            throw new IllegalArgumentException("hiddenSize of an mlp policy must be in [1, " + MAX_HIDDEN
                    + "], was " + hiddenSize);
        }
    }

    /** The linear policy. */
    public static Policy linear() {
        return new Policy(Kind.LINEAR, 0);
    }

    /** The one-hidden-layer policy with {@value #DEFAULT_HIDDEN} tanh units. */
    public static Policy mlp() {
        return new Policy(Kind.MLP, DEFAULT_HIDDEN);
    }

    /** The one-hidden-layer policy with {@code hidden} tanh units. */
    public static Policy mlp(int hidden) {
        return new Policy(Kind.MLP, hidden);
    }

    /**
     * The policy named by an id token: {@code linear}, {@code mlp} ({@value #DEFAULT_HIDDEN}
     * hidden units) or {@code mlp<h>} (e.g. {@code mlp16}).
     *
     * @throws IllegalArgumentException naming the token and the accepted forms
     */
    public static Policy parse(String token) {
        String t = token == null ? "" : token.toLowerCase(Locale.ROOT);
        if (t.equals("linear")) {
            return linear();
        }
        if (t.equals("mlp")) {
            return mlp();
        }
        if (t.startsWith("mlp") && t.length() > 3 && t.length() <= 7 && t.substring(3).chars().allMatch(Character::isDigit)
                && t.charAt(3) != '0') {
            int h = Integer.parseInt(t.substring(3));
            if (h <= MAX_HIDDEN) {
                return mlp(h);
            }
        }
        throw new IllegalArgumentException("unknown policy '" + token + "'; known: linear, mlp, mlp<h> with h in [1, "
                + MAX_HIDDEN + "]");
    }

    /** The id token: {@code linear}, {@code mlp} for the default size, {@code mlp<h>} otherwise. */
    public String token() {
        if (kind == Kind.LINEAR) {
            return "linear";
        }
        return hiddenSize == DEFAULT_HIDDEN ? "mlp" : "mlp" + hiddenSize;
    }

    /** The number of weights for {@code inputs} observations and {@code outputs} outputs. */
    public int parameterCount(int inputs, int outputs) {
        if (kind == Kind.LINEAR) {
            return outputs * (inputs + 1);
        }
        return hiddenSize * (inputs + 1) + outputs * (hiddenSize + 1);
    }

    /**
     * Evaluates the network.
     *
     * @param weights     the weights in the layout of the class comment (not modified)
     * @param inputs      the number of observations n
     * @param outputs     the number of outputs k
     * @param observation the observation (not modified; length n)
     * @param hidden      scratch for the hidden layer (modified; length at least {@link #hiddenSize()})
     * @param output      receives the outputs (modified; length k)
     */
    public void forward(double[] weights, int inputs, int outputs, double[] observation, double[] hidden,
                        double[] output) {
        if (kind == Kind.LINEAR) {
            affine(weights, 0, inputs, outputs, observation, output);
            return;
        }
        int h = hiddenSize;
        affine(weights, 0, inputs, h, observation, hidden);
        for (int j = 0; j < h; j++) {
            hidden[j] = Math.tanh(hidden[j]);
        }
        affine(weights, h * (inputs + 1), h, outputs, hidden, output);
    }

    /**
     * A controller that evaluates this network with a copy of the given weights. The controller
     * owns a scratch buffer: use one per thread.
     *
     * @throws IllegalArgumentException if the number of weights does not match
     */
    public Controller controller(double[] weights, int inputs, int outputs) {
        int count = parameterCount(inputs, outputs);
        if (weights == null || weights.length != count) {
            throw new IllegalArgumentException("a " + token() + " policy with " + inputs + " inputs and " + outputs
                    + " outputs needs " + count + " weights, got "
                    + (weights == null ? "null" : Integer.toString(weights.length)));
        }
        double[] w = weights.clone();
        double[] hidden = new double[hiddenSize];
        return (observation, output) -> forward(w, inputs, outputs, observation, hidden, output);
    }

    /** {@code out[j] = sum_i w[off + j n + i] in[i] + w[off + m n + j]} for j < m, n = inputs. */
    private static void affine(double[] w, int off, int n, int m, double[] in, double[] out) {
        int bias = off + m * n;
        for (int j = 0; j < m; j++) {
            int row = off + j * n;
            double s = w[bias + j];
            for (int i = 0; i < n; i++) {
                s += w[row + i] * in[i];
            }
            out[j] = s;
        }
    }
}
