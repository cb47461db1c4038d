import ThanrakModel

/// What each of the four planning stages means, for the site and handouts.
public struct StageGuide: Sendable {
    public var stage: PlanStage
    public var description: (th: String, en: String)

    /// One entry per stage, in stage order.
    public static let all: [StageGuide] = [
        StageGuide(
            stage: .canvas,
            description: (
                th: "กลุ่มมานั่งคุยกันทีละขั้นจนครบ 9 ขั้นของแคนวาสชุมชน ตั้งแต่ของดีของเราไปจนถึงค่าใช้จ่าย แล้วเขียนรวมไว้ในแผ่นเดียวให้ทุกคนเห็นภาพเดียวกัน",
                en: "The group talks through the nine steps of the community canvas one by one, from what is good about its product to what it costs, and puts it all on one sheet so everyone sees the same picture."
            )
        ),
        StageGuide(
            stage: .followUp,
            description: (
                th: "พี่เลี้ยงกับกลุ่มกลับมาดูแผนด้วยกันเป็นระยะ ว่าคืบหน้าไปถึงไหน ขั้นไหนยังไม่ชัดหรือต้องแก้ จะได้ปรับกันได้ทันเวลา",
                en: "Facilitators and the group come back to the plan together from time to time to see how far it has got and which steps are still unclear or need changing, so they can adjust in time."
            )
        ),
        StageGuide(
            stage: .linking,
            description: (
                th: "นำแผนไปเชื่อมกับงานพัฒนาเศรษฐกิจและทุนชุมชนที่มีอยู่ ทั้งกองทุน เครือข่าย และหน่วยงานภาคี จนได้แผนธุรกิจชุมชนที่ครบถ้วนและลงมือทำได้จริง",
                en: "The plan is tied into the community economy and capital work already under way (funds, networks, partner agencies) until it becomes a complete community business plan that the group actually carries out."
            )
        ),
        StageGuide(
            stage: .knowledgeSet,
            description: (
                th: "ถอดบทเรียนว่าเราทำแผนกันมาอย่างไร และเมื่อลงมือทำแล้วได้ผลอย่างไร แล้วเขียนเป็นชุดความรู้ให้กลุ่มอื่นและคนรุ่นหลังได้เรียนรู้ต่อ",
                en: "The group looks back on how it made the plan and what happened when it put the plan to work, and writes this up as a knowledge set that other groups and the next generation can learn from."
            )
        ),
    ]
}

/// How the three levels of results read to a community.
public struct LevelGuide: Sendable {
    public var level: IndicatorLevel
    public var description: (th: String, en: String)

    /// Output, outcome, impact.
    public static let all: [LevelGuide] = [
        LevelGuide(
            level: .output,
            description: (
                th: "ผลผลิต คือผลที่เห็นและนับได้ก่อน ที่เกิดกับสมาชิกแต่ละคน เช่น มีรายได้เพิ่มขึ้น และสุขภาพแข็งแรงขึ้น",
                en: "Outputs are the first results you can see and count in each member's life, such as earning more and being in better health."
            )
        ),
        LevelGuide(
            level: .outcome,
            description: (
                th: "ผลลัพธ์ คือการที่คนในชุมชนจับมือกันมากขึ้น ช่วยกันคิด ช่วยกันทำ เรียนรู้และตรวจสอบกันเอง แบ่งปันกัน จนผูกพันกันมากกว่าเดิม",
                en: "Outcomes are about people working as one: thinking, doing, learning, checking and sharing together more, and caring for one another more than before."
            )
        ),
        LevelGuide(
            level: .impact,
            description: (
                th: "ผลกระทบ คือผลระยะยาวที่ตกถึงบ้านเกิดของเรา คือดิน น้ำ ป่า และธรรมชาติรอบตัวอุดมสมบูรณ์และดีงามขึ้นกว่าเดิม",
                en: "Impact is the long-term change in the place itself: the land, water, forest and nature around us becoming richer and healthier than before."
            )
        ),
    ]
}

/// KSNB capacity building in a sentence each.
public struct CapacityGuide: Sendable {
    public var key: KSNBKey
    public var description: (th: String, en: String)

    /// Knowledge, skill, network, business.
    public static let all: [CapacityGuide] = [
        CapacityGuide(
            key: .knowledge,
            description: (
                th: "ความรู้ คือการที่สมาชิกเข้าใจเรื่องที่ตัวเองทำอยู่ลึกขึ้น ทั้งเรื่องสินค้า ลูกค้า ตลาด และข้อมูลของชุมชนเอง",
                en: "Knowledge: members understand their own work more deeply: the product, the customers, the market and the facts of their own community."
            )
        ),
        CapacityGuide(
            key: .skill,
            description: (
                th: "ทักษะ คือการลงมือทำได้เก่งขึ้นจริง ๆ เช่น ผลิตให้ได้มาตรฐาน ทำบัญชีกลุ่ม ถ่ายรูปและขายของทางออนไลน์",
                en: "Skill: members get better at doing things for real, such as making goods to a standard, keeping the group's accounts, taking photos and selling online."
            )
        ),
        CapacityGuide(
            key: .network,
            description: (
                th: "เครือข่าย คือการมีเพื่อนร่วมทางมากขึ้น ทั้งกลุ่มอื่นในตำบลและอำเภอ และหน่วยงานภาคีที่พร้อมช่วยเหลือกัน",
                en: "Network: the group has more companions along the way: other groups in the tambon and amphoe, and partner agencies ready to help."
            )
        ),
        CapacityGuide(
            key: .business,
            description: (
                th: "การประกอบการ คือการที่กลุ่มดูแลกิจการของตัวเองได้ วางแผน จัดการเงิน และตัดสินใจเองเป็น จนกิจการเดินต่อไปได้ยาว ๆ",
                en: "Business: the group can run its own enterprise, planning, handling money and making its own decisions, so that the business keeps going for years."
            )
        ),
    ]
}
