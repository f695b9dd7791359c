package org.airan.vectors.sigmf;

/**
 * One entry of {@code global.core:extensions} (SigMF 1.x "Extension Namespaces"): an extension namespace this
 * recording uses.
 *
 * @param name     the namespace, e.g. {@code nr} (fields are then named {@code nr:...})
 * @param version  the version of the extension definition used, {@code X.Y.Z}
 * @param optional whether a reader that does not know the extension may still use the recording; when
 *                 {@code false}, such a reader must report an error
 */
public record SigmfExtension(String name, String version, boolean optional) {

    public SigmfExtension {
        if (name == null || name.isEmpty() || name.contains(":")) {
            throw new IllegalArgumentException("name must be a non-empty namespace without ':' "
                    + "(SigMF 1.x Extension Namespaces), was " + name);
        }
        if (version == null || version.isEmpty()) {
            throw new IllegalArgumentException("version must be non-empty (SigMF 1.x Extension Namespaces), was "
                    + version);
        }
    }
}
