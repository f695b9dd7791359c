package org.airan.phy.gpu;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the GPU tests without Maven (for a machine that has a GPU but no build tools): the contract and parity
 * test classes of the GPU backend (own kernels and the cuFFT stage), through the JUnit Platform Launcher API.
 * Prints the GPU backend status, each failure with its message, the distinct skip reasons, and one summary line
 * {@code N passed, N failed, N skipped}; exits with status 1 when a test failed.
 *
 * <p>Arguments: fully qualified test class names; none means {@link #DEFAULT_CLASSES}.
 */
public final class GpuTestRunner {

    /** The GPU test classes (contract tests against the CUDA blocks and CPU-vs-GPU parity). */
    public static final List<String> DEFAULT_CLASSES = List.of(
            "org.airan.phy.gpu.KernelManifestTest",
            "org.airan.phy.gpu.CudaDriverWrappersTest",
            "org.airan.phy.dft.CudaDftProcessorTest",
            "org.airan.phy.gpu.CudaOfdmDemodulatorContractTest",
            "org.airan.phy.gpu.CudaUplinkFrontEndTest",
            "org.airan.phy.gpu.CufftBindingTest",
            "org.airan.phy.dft.CufftDftProcessorTest",
            "org.airan.phy.gpu.CufftOfdmDemodulatorContractTest",
            "org.airan.phy.gpu.CufftUplinkFrontEndTest",
            "org.airan.phy.gpu.GpuProbeTest");

    private GpuTestRunner() {
    }

    public static void main(String[] args) {
        List<String> classes = args.length == 0 ? DEFAULT_CLASSES : List.of(args);
        System.out.println("GPU probe: " + GpuProbe.status().summary());
        System.out.println("GPU backend: " + GpuBackend.status());
        System.out.println("cuFFT: " + Cufft.status() + " (FFT stage -D" + GpuFftStage.PROPERTY + ": "
                + GpuFftStage.fromSystemProperty() + ")");
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request();
        for (String c : classes) {
            b.selectors(DiscoverySelectors.selectClass(c));
        }
        LauncherDiscoveryRequest request = b.build();
        AtomicLong passed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong skipped = new AtomicLong();
        Map<String, Long> skipReasons = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        TestExecutionListener listener = new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier id, String reason) {
                if (id.isTest()) {
                    skipped.incrementAndGet();
                    skipReasons.merge(reason, 1L, Long::sum);
                }
            }

            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (!id.isTest()) {
                    if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                        failed.incrementAndGet();
                        failures.add(id.getDisplayName() + " (container): " + message(result));
                    }
                    return;
                }
                switch (result.getStatus()) {
                    case SUCCESSFUL -> passed.incrementAndGet();
                    case ABORTED -> {
                        skipped.incrementAndGet();
                        skipReasons.merge(message(result), 1L, Long::sum);
                    }
                    case FAILED -> {
                        failed.incrementAndGet();
                        failures.add(id.getLegacyReportingName() + " [" + id.getUniqueId() + "]: " + message(result));
                    }
                }
            }
        };
        Launcher launcher = LauncherFactory.create();
        // Guard against a vacuous run: every class must contribute test methods (a missing engine or annotation
        // jar makes JUnit discover nothing, silently).
        TestPlan plan = launcher.discover(request);
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier cls : plan.getChildren(root)) {
                long methods = plan.getDescendants(cls).stream()
                        .filter(t -> t.getSource().filter(MethodSource.class::isInstance).isPresent()).count();
                System.out.println("discovered " + cls.getDisplayName() + ": " + methods + " test methods");
                if (methods == 0) {
                    failed.incrementAndGet();
                    failures.add(cls.getDisplayName() + ": no test methods discovered (classpath incomplete?)");
                }
            }
            if (plan.getChildren(root).size() < classes.size()) {
                failed.incrementAndGet();
                failures.add("only " + plan.getChildren(root).size() + " of " + classes.size()
                        + " test classes were found");
            }
        }
        long t0 = System.nanoTime();
        launcher.execute(plan, listener);
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = new PrintWriter(System.out, true);
        for (String f : failures) {
            out.println("FAILED " + f);
        }
        skipReasons.forEach((reason, n) -> out.println("SKIPPED x" + n + ": " + reason));
        out.printf("GPU tests (%s): %d passed, %d failed, %d skipped in %.1f s%n", String.join(", ",
                classes.stream().map(c -> c.substring(c.lastIndexOf('.') + 1)).toList()), passed.get(), failed.get(),
                skipped.get(), seconds);
        System.exit(failed.get() == 0 ? 0 : 1);
    }

    private static String message(TestExecutionResult r) {
        return r.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("(no message)");
    }
}
