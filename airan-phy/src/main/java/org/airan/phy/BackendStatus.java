package org.airan.phy;

import java.util.Objects;

/**
 * Whether a {@link Backend} can be used for one kind of block on this machine, and why (not).
 * Reports like this are what {@code airan info} prints and what {@link Backend#AUTO} records when it resolves.
 *
 * @param backend        the backend described ({@link Backend#CPU} or {@link Backend#GPU}, never {@code AUTO})
 * @param available      true when a factory would build this backend
 * @param implementation the implementation that would be used (e.g. "jtransforms"), or "" when unavailable
 * @param reason         a one-line human explanation: what was found, or why it cannot be used
 */
public record BackendStatus(Backend backend, boolean available, String implementation, String reason) {

    public BackendStatus {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(reason, "reason");
        if (backend == Backend.AUTO) {
            throw new IllegalArgumentException("backend must be CPU or GPU (a concrete backend), was AUTO");
        }
    }

    @Override
    public String toString() {
        return backend + (available ? " available (" + implementation + "): " : " unavailable: ") + reason;
    }
}
