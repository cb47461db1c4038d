public enum NetworkKind: String, Vocabulary {
    case thematic, area

    public var thaiLabel: String { self == .thematic ? "เครือข่ายประเด็น" : "เครือข่ายพื้นที่" }
    public var englishLabel: String { self == .thematic ? "Thematic network" : "Area network" }
}

public enum NetworkTheme: String, Vocabulary {
    case organicFarming = "organic-farming"
    case rice, fisheries
    case communityTourism = "community-tourism"
    case ecoCulture = "eco-culture"
    case craft, finance, other

    public var thaiLabel: String {
        switch self {
        case .organicFarming: "เกษตรอินทรีย์"
        case .rice: "ข้าว"
        case .fisheries: "ประมงพื้นบ้าน"
        case .communityTourism: "ท่องเที่ยวโดยชุมชน"
        case .ecoCulture: "ภูมินิเวศวิถีวัฒนธรรม"
        case .craft: "หัตถกรรม"
        case .finance: "การเงินชุมชน"
        case .other: "อื่น ๆ"
        }
    }

    public var englishLabel: String {
        switch self {
        case .organicFarming: "Organic farming"
        case .rice: "Rice"
        case .fisheries: "Small-scale fisheries"
        case .communityTourism: "Community tourism"
        case .ecoCulture: "Ecology and culture"
        case .craft: "Craft"
        case .finance: "Community finance"
        case .other: "Other"
        }
    }
}

/// The reach of a network.
public enum NetworkLevel: String, Vocabulary {
    case tambon
    case tambonGroup = "tambon-group"
    case amphoe, changwat, ecoregion, national

    public var thaiLabel: String {
        switch self {
        case .tambon: "ตำบล"
        case .tambonGroup: "กลุ่มตำบล"
        case .amphoe: "อำเภอ"
        case .changwat: "จังหวัด"
        case .ecoregion: "ภูมินิเวศ"
        case .national: "ประเทศ"
        }
    }

    public var englishLabel: String {
        switch self {
        case .tambon: "Tambon"
        case .tambonGroup: "Group of tambons"
        case .amphoe: "Amphoe"
        case .changwat: "Changwat"
        case .ecoregion: "Ecoregion"
        case .national: "National"
        }
    }
}

public enum PartnerSector: String, Vocabulary {
    case government, `private`, academic
    case civilSociety = "civil-society"
    case financial, community

    public var thaiLabel: String {
        switch self {
        case .government: "ภาครัฐ"
        case .private: "ภาคเอกชน"
        case .academic: "สถาบันการศึกษา"
        case .civilSociety: "ภาคประชาสังคม"
        case .financial: "สถาบันการเงิน"
        case .community: "องค์กรชุมชน"
        }
    }

    public var englishLabel: String {
        switch self {
        case .government: "Government"
        case .private: "Private sector"
        case .academic: "Academic"
        case .civilSociety: "Civil society"
        case .financial: "Financial institution"
        case .community: "Community organisation"
        }
    }
}

/// The administrative reach of a partner.
public enum PartnerLevel: String, Vocabulary {
    case national, changwat, amphoe, tambon

    public var thaiLabel: String {
        switch self {
        case .national: "ระดับประเทศ"
        case .changwat: "ระดับจังหวัด"
        case .amphoe: "ระดับอำเภอ"
        case .tambon: "ระดับตำบล"
        }
    }

    public var englishLabel: String {
        switch self {
        case .national: "National"
        case .changwat: "Changwat"
        case .amphoe: "Amphoe"
        case .tambon: "Tambon"
        }
    }
}
