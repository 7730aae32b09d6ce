package io.github.l2e4j.cli;

import io.github.l2e4j.io.DefaultWeights;
import io.github.l2e4j.population.TokenFeatures;
import picocli.CommandLine;

/** Version text: the build, the shipped weights and the feature contract. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = L2e4jCommand.class.getPackage().getImplementationVersion();
        return new String[]{
            "l2e4j " + (v == null ? "(development build)" : v),
            "shipped weights: " + DefaultWeights.name() + ", feature contract " + TokenFeatures.CONTRACT_VERSION,
            "Java " + System.getProperty("java.version")
        };
    }
}
