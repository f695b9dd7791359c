package org.airan.phy.frontend;

/** The front-end contract on {@link ParallelCpuUplinkFrontEnd} with whole items per thread (3 items, 2 threads). */
class ParallelCpuUplinkFrontEndItemPerThreadTest extends UplinkFrontEndContractTest {

    @Override
    protected UplinkFrontEnd create(UplinkFrontEndConfig config) {
        return UplinkFrontEnds.cpu(config, 2, false);
    }
}
