package org.airan.phy.dft;

/** Every check of {@link MixedRadixDftProcessorTest} against the all-scalar stages (the path without the Vector API). */
class MixedRadixScalarDftProcessorTest extends MixedRadixDftProcessorTest {
    @Override
    DftProcessor create(int n) {
        return new MixedRadixDftProcessor(n, false);
    }
}
