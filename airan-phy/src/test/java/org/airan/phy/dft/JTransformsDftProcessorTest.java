package org.airan.phy.dft;

/** The DFT contract against the JTransforms CPU backend. */
class JTransformsDftProcessorTest extends DftProcessorContractTest {
    @Override
    DftProcessor create(int n) {
        return new JTransformsDftProcessor(n);
    }
}
