package org.airan.testbed.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airan.phy.Backend;
import org.airan.phy.BackendSelection;
import org.airan.phy.BackendSelector;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.gpu.GpuDevice;
import org.airan.phy.gpu.GpuProbe;
import org.airan.phy.gpu.GpuStatus;
import org.airan.testbed.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airan info}: what this machine offers AIRAN — JDK, cores, heap, OS, SIMD (Vector API), DFT backends and
 * the GPU backend, with the reason when something is unusable. {@code --json} prints one {@code airan.info/1}
 * document (snake_case fields, see {@link Report}).
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = {"Show the JDK, CPU, memory, SIMD support and which DFT/GPU backends are usable (and why not).",
            "The backend used by the other commands is chosen with -Dairan.backend=cpu|gpu|auto (default auto) "
                + "through AIRAN_JAVA_OPTS.",
            "Examples:",
            "  airan info",
            "  airan info --json"})
public final class InfoCommand implements Callable<Integer> {

    /** Schema name and version of the JSON document. */
    public static final String SCHEMA = "airan.info/1";

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON document (schema " + SCHEMA + ") instead of text.")
    boolean json;

    /** The {@code airan info} document. */
    public record Report(String schema, String airanVersion, Jdk jdk, Os os, Cpu cpu, Memory memory,
                         SimdSupport simd, Backends backends) {
    }

    /** The running JDK. */
    public record Jdk(String vendor, String version, String vmName, String vmVersion, String home) {
    }

    /** The operating system. */
    public record Os(String name, String version, String arch) {
    }

    /** Processors visible to the JVM. */
    public record Cpu(int availableProcessors) {
    }

    /** Heap limit of this JVM. */
    public record Memory(long maxHeapBytes) {
    }

    /**
     * One backend and whether it can be used here.
     *
     * @param name      implementation name (e.g. "jtransforms"), "-" when none exists
     * @param kind      cpu or gpu
     * @param available whether a factory would build it
     * @param reason    what it is, or why it cannot be used
     */
    public record BackendInfo(String name, String kind, boolean available, String reason) {
    }

    /** GPU details as the probe found them. */
    public record Gpu(boolean available, String reason, String driverVersion, List<GpuDevice> devices) {
    }

    /**
     * Backends: what {@code -Dairan.backend} asks for, what will be used, and each backend's availability.
     *
     * @param requested       the {@value BackendSelector#PROPERTY} system property: cpu, gpu or auto (default)
     * @param selected        cpu or gpu: what the commands pass to the block factories
     * @param selectionReason why, in one line
     * @param dft             DFT backends and whether each is usable here
     * @param gpu             the GPU probe's findings
     */
    public record Backends(String requested, String selected, String selectionReason, List<BackendInfo> dft,
                           Gpu gpu) {
    }

    @Override
    public Integer call() {
        Report r = collect();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            printText(r, out);
        }
        out.flush();
        return 0;
    }

    /** Gathers the report (probes the GPU once per process). */
    public static Report collect() {
        Runtime rt = Runtime.getRuntime();
        Jdk jdk = new Jdk(System.getProperty("java.vendor"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"),
                System.getProperty("java.home"));
        Os os = new Os(System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"));
        GpuStatus g = GpuProbe.status();
        BackendSelection choice = BackendSelector.select();
        List<BackendInfo> dft = new ArrayList<>();
        for (BackendStatus b : DftProcessors.availability()) {
            dft.add(new BackendInfo(b.implementation().isEmpty() ? "-" : b.implementation(), lower(b.backend()),
                    b.available(), b.reason()));
        }
        return new Report(SCHEMA, AiranVersion.version(), jdk, os, new Cpu(rt.availableProcessors()),
                new Memory(rt.maxMemory()), SimdSupport.detect(),
                new Backends(lower(choice.requested()), lower(choice.selected()), choice.reason(), dft,
                        new Gpu(g.available(), g.reason(), g.driverVersionString(), g.devices())));
    }

    private static String lower(Backend b) {
        return b.name().toLowerCase(Locale.ROOT);
    }

    private static void printText(Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "AIRAN %s%n", r.airanVersion());
        out.printf(Locale.ROOT, "JDK      %s %s (%s %s)%n", r.jdk().vendor(), r.jdk().version(), r.jdk().vmName(),
                r.jdk().vmVersion());
        out.printf(Locale.ROOT, "OS       %s %s %s%n", r.os().name(), r.os().version(), r.os().arch());
        out.printf(Locale.ROOT, "CPU      %d cores available to the JVM%n", r.cpu().availableProcessors());
        out.printf(Locale.ROOT, "Heap     %.0f MiB max%n", r.memory().maxHeapBytes() / (1024.0 * 1024.0));
        out.printf(Locale.ROOT, "SIMD     %s%n", r.simd().note());
        out.printf(Locale.ROOT, "Backend  requested %s, selected %s (%s)%n", r.backends().requested(),
                r.backends().selected(), r.backends().selectionReason());
        for (BackendInfo b : r.backends().dft()) {
            out.printf(Locale.ROOT, "DFT      %-4s %-16s %s%n", b.kind(), b.name(),
                    (b.available() ? "usable: " : "unusable: ") + b.reason());
        }
        Gpu gpu = r.backends().gpu();
        if (gpu.available()) {
            out.printf(Locale.ROOT, "GPU      CUDA driver %s, %d device(s)%n", gpu.driverVersion(), gpu.devices().size());
            for (GpuDevice d : gpu.devices()) {
                out.printf(Locale.ROOT, "         #%d %s, compute %s, %.1f GiB%n", d.index(), d.name(),
                        d.computeCapability(), d.totalMemoryBytes() / (1024.0 * 1024.0 * 1024.0));
            }
        } else {
            out.printf(Locale.ROOT, "GPU      unavailable: %s%n", gpu.reason());
        }
    }
}
