package org.entente.api.party;

/**
 * International organisations that may be party to an arrangement. States are identified by their
 * ISO 3166-1 alpha-3 code instead; the two code spaces never collide because every code here is
 * either shorter or not an assigned alpha-3 code.
 */
public enum RegisteredOrganisation {
    EU("European Union"),
    OSCE("Organization for Security and Co-operation in Europe"),
    UN("United Nations"),
    NATO("North Atlantic Treaty Organization"),
    ASEAN("Association of Southeast Asian Nations"),
    ARF("ASEAN Regional Forum"),
    AU("African Union"),
    OAS("Organization of American States"),
    SCO("Shanghai Cooperation Organisation"),
    CSTO("Collective Security Treaty Organization"),
    COE("Council of Europe"),
    OECD("Organisation for Economic Co-operation and Development"),
    ITU("International Telecommunication Union"),
    INTERPOL("International Criminal Police Organization"),
    GCC("Gulf Cooperation Council"),
    ECOWAS("Economic Community of West African States");

    private final String fullName;

    RegisteredOrganisation(String fullName) {
        this.fullName = fullName;
    }

    public String fullName() {
        return fullName;
    }
}
