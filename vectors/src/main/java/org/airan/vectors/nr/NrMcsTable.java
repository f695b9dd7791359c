package org.airan.vectors.nr;

/** The MCS index table an allocation's {@code mcsIndex} refers to (TS 38.214 §5.1.3.1, §6.1.4.1). */
public enum NrMcsTable {
    /** Table 5.1.3.1-1, up to 64QAM. */
    QAM64("qam64"),
    /** Table 5.1.3.1-2, up to 256QAM. */
    QAM256("qam256"),
    /** Table 5.1.3.1-3, up to 64QAM with low spectral efficiency entries. */
    QAM64_LOW_SE("qam64LowSE");

    private final String jsonName;

    NrMcsTable(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The value used in the {@code nr} extension (as in the RRC parameter {@code mcs-Table}). */
    public String jsonName() {
        return jsonName;
    }

    /** The table named {@code name} in the extension, or {@code null}. */
    public static NrMcsTable fromJsonName(String name) {
        for (NrMcsTable t : values()) {
            if (t.jsonName.equals(name)) {
                return t;
            }
        }
        return null;
    }
}
