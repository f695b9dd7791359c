package org.airan.phy;

import java.util.Objects;

/**
 * The outcome of choosing a backend: what was asked for, what will be used and why.
 *
 * @param requested what was asked for ({@code CPU}, {@code GPU} or {@code AUTO})
 * @param selected  the concrete backend to use: {@code CPU} or {@code GPU}, never {@code AUTO}
 * @param fellBack  true when {@code GPU} was asked for explicitly but the CPU is used
 * @param reason    one line: why {@code selected} was chosen (for a fallback, why the GPU cannot be used)
 */
public record BackendSelection(Backend requested, Backend selected, boolean fellBack, String reason) {

    public BackendSelection {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(reason, "reason");
        if (selected != Backend.CPU && selected != Backend.GPU) {
            throw new IllegalArgumentException("selected must be CPU or GPU (a concrete backend), was " + selected);
        }
        if (fellBack && (requested != Backend.GPU || selected != Backend.CPU)) {
            throw new IllegalArgumentException("fellBack means GPU requested and CPU selected, was requested="
                    + requested + " selected=" + selected);
        }
    }
}
