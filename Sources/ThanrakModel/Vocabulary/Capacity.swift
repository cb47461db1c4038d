/// KSNB capacity building: the four kinds of capacity a plan raises.
public enum KSNBKey: String, Vocabulary {
    case knowledge, skill, network, business

    public static let scoreRange = 1...5

    public var letter: String {
        switch self {
        case .knowledge: "K"
        case .skill: "S"
        case .network: "N"
        case .business: "B"
        }
    }

    public var thaiLabel: String {
        switch self {
        case .knowledge: "ความรู้"
        case .skill: "ทักษะ"
        case .network: "เครือข่าย"
        case .business: "การประกอบการ"
        }
    }

    public var englishLabel: String {
        switch self {
        case .knowledge: "Knowledge"
        case .skill: "Skill"
        case .network: "Network"
        case .business: "Business"
        }
    }
}

/// The ten parts of a strong grassroots economy, self-assessed 1–5.
public enum FoundationKey: String, Vocabulary {
    case grouping, finance, capital, information, production
    case cooperation, coexistence, ethics, ownership, participation

    public static let scoreRange = 1...5

    public var thaiLabel: String {
        switch self {
        case .grouping: "การรวมกลุ่ม"
        case .finance: "ระบบการเงินและกองทุนชุมชน"
        case .capital: "การจัดการทุนชุมชน"
        case .information: "ระบบข้อมูล"
        case .production: "ระบบการผลิต"
        case .cooperation: "ความร่วมมือทุกระดับ"
        case .coexistence: "การอยู่ร่วมกันและสวัสดิการ"
        case .ethics: "คุณธรรมจริยธรรม"
        case .ownership: "ความเป็นเจ้าของร่วมกัน"
        case .participation: "การมีส่วนร่วม"
        }
    }

    public var englishLabel: String {
        switch self {
        case .grouping: "Working as a group"
        case .finance: "Finance and community funds"
        case .capital: "Managing community capital"
        case .information: "Information"
        case .production: "Production"
        case .cooperation: "Cooperation at every level"
        case .coexistence: "Living together and welfare"
        case .ethics: "Ethics"
        case .ownership: "Shared ownership"
        case .participation: "Participation"
        }
    }
}
