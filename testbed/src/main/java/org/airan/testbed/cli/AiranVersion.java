package org.airan.testbed.cli;

import picocli.CommandLine;

/** Version string for {@code airan --version}. */
public final class AiranVersion implements CommandLine.IVersionProvider {
    /** The project version, from the jar manifest when packaged. */
    public static String version() {
        String v = AiranVersion.class.getPackage().getImplementationVersion();
        return v != null ? v : "0.1.0-SNAPSHOT";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"airan " + version(),
            "JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")};
    }
}
