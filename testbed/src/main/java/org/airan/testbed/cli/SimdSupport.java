package org.airan.testbed.cli;

import java.lang.module.ModuleFinder;
import java.util.Optional;

/**
 * What the JDK's Vector API (the incubator module {@code jdk.incubator.vector}) offers in this process, found
 * by reflection so that this class loads whether or not the module was added to the boot layer.
 *
 * @param modulePresent         the module is resolved in the boot layer ({@code --add-modules} was given)
 * @param moduleInstalled       the JDK ships the module (it can be added with {@code --add-modules})
 * @param preferredFloatBits    bit size of {@code FloatVector.SPECIES_PREFERRED} (e.g. 256 for AVX2, 512 for
 *                              AVX-512), or 0 when the module is not present
 * @param preferredFloatLanes   floats per preferred vector, or 0 when the module is not present
 * @param note                  one line for users: what is used, or how to enable it
 */
public record SimdSupport(boolean modulePresent, boolean moduleInstalled, int preferredFloatBits,
                          int preferredFloatLanes, String note) {

    /** The incubator module's name. */
    public static final String MODULE = "jdk.incubator.vector";

    /** Detects the Vector API in the running JVM. Never throws. */
    public static SimdSupport detect() {
        boolean installed = ModuleFinder.ofSystem().find(MODULE).isPresent();
        Optional<Module> module = ModuleLayer.boot().findModule(MODULE);
        if (module.isEmpty()) {
            String note = installed
                    ? "Vector API not enabled: start java with --add-modules " + MODULE + " (the ./airan launcher does)"
                    : "this JDK does not ship " + MODULE + "; scalar code paths are used";
            return new SimdSupport(false, installed, 0, 0, note);
        }
        try {
            Class<?> floatVector = Class.forName(MODULE + ".FloatVector", true, ClassLoader.getSystemClassLoader());
            Object species = floatVector.getField("SPECIES_PREFERRED").get(null);
            Class<?> speciesType = Class.forName(MODULE + ".VectorSpecies");
            int bits = (Integer) speciesType.getMethod("vectorBitSize").invoke(species);
            int lanes = (Integer) speciesType.getMethod("length").invoke(species);
            return new SimdSupport(true, true, bits, lanes,
                    "Vector API enabled: preferred float vector " + bits + " bits (" + lanes + " lanes)");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return new SimdSupport(true, installed, 0, 0,
                    "Vector API module present but unusable: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
