import ThanrakModel

/// The questions a facilitator asks for each canvas step in a workshop
/// (on the blank worksheet and on each community's handout).
public struct StepGuide: Sendable {
    public var step: Step
    /// What the step is about, in a sentence.
    public var summary: (th: String, en: String)
    /// Two to four questions to ask the group.
    public var questions: [(th: String, en: String)]
}

extension StepGuide {
    /// One guide per step, in step order.
    public static let all: [StepGuide] = [
        StepGuide(
            step: .value,
            summary: (
                th: "ขั้นแรกชวนกันหาว่าสินค้าหรือบริการของกลุ่มเรามีดีตรงไหน ลูกค้าซื้อไปแล้วได้อะไรกลับไป เพราะทุกขั้นที่ตามมาจะยึดข้อนี้เป็นหลัก",
                en: "The first step asks what is good about the group's product or service and what a customer gets from it; every later step builds on it."
            ),
            questions: [
                (th: "ของของเราต่างจากของที่ขายกันทั่วไปตรงไหนบ้าง",
                 en: "How is what we make different from what is sold everywhere else?"),
                (th: "คนซื้อได้ประโยชน์อะไรจากของเรา เช่น อร่อย ปลอดภัย ใช้ทน หรือได้เรื่องราวของหมู่บ้านติดมือกลับไป",
                 en: "What does a buyer gain from it: good taste, safety, something that lasts, or a story of our village to take home?"),
                (th: "หมู่บ้านเรามีภูมิปัญญา วัตถุดิบ หรือฝีมืออะไรที่ที่อื่นไม่มี",
                 en: "What local know-how, raw material or craft do we have that other places do not?"),
            ]
        ),
        StepGuide(
            step: .customers,
            summary: (
                th: "ขั้นนี้ถามว่าใครจะเป็นคนซื้อหรือใช้บริการสิ่งที่เราคิดไว้ในขั้นที่ 1 ให้บอกได้ชัด ๆ ว่าเป็นใคร อยู่ที่ไหน",
                en: "This step asks who will buy or use what we found in step 1, named clearly: who they are and where they are."
            ),
            questions: [
                (th: "ตอนนี้ใครซื้อของเราอยู่แล้วบ้าง และยังมีใครอีกที่น่าจะสนใจ",
                 en: "Who already buys from us, and who else might be interested?"),
                (th: "ลองนึกให้ครบทุกแบบ ทั้งคนที่ซื้อไปกินไปใช้เอง ร้านค้าที่รับไปขายต่อ และหน่วยงานที่สั่งทีละมาก ๆ",
                 en: "Have we thought of every kind of buyer: people who buy for themselves, shops that resell, offices that order in bulk?"),
                (th: "ลูกค้าแต่ละกลุ่มอยู่ที่ไหน อยากได้อะไรจากเรา และพอจะจ่ายได้ประมาณเท่าไร",
                 en: "Where is each group of customers, what do they want from us, and roughly how much would they pay?"),
            ]
        ),
        StepGuide(
            step: .channels,
            summary: (
                th: "ขั้นนี้ถามว่าเราจะทำอย่างไรให้ลูกค้าในขั้นที่ 2 ได้รู้จักและเห็นคุณค่าของสินค้าหรือบริการในขั้นที่ 1",
                en: "This step asks how the customers of step 2 will come to know the value of step 1."
            ),
            questions: [
                (th: "ลูกค้าของเรามักรู้ข่าวหรือหาของจากที่ไหน เช่น ตลาดนัด เฟซบุ๊ก ไลน์ วิทยุชุมชน หรือปากต่อปาก",
                 en: "Where do our customers usually hear about things or look for them: the market, Facebook, LINE, community radio, word of mouth?"),
                (th: "เราจะเล่าจุดเด่นของเราให้เขาฟังอย่างไร ให้เข้าใจได้ในไม่กี่คำ",
                 en: "How will we tell them what is special about us, in a few words they will understand?"),
                (th: "ใครในกลุ่มจะรับหน้าที่ประชาสัมพันธ์ และจะทำบ่อยแค่ไหน",
                 en: "Who in the group will take care of getting the word out, and how often?"),
            ]
        ),
        StepGuide(
            step: .relationships,
            summary: (
                th: "ขั้นนี้ถามว่าเมื่อลูกค้าในขั้นที่ 2 สนใจแล้ว เราจะปิดการขายอย่างไร และทำอย่างไรให้เขากลับมาซื้ออีก",
                en: "This step asks how, once the customers of step 2 are interested, we close the sale and bring them back to buy again."
            ),
            questions: [
                (th: "ลูกค้าจ่ายเงินและรับของได้สะดวกไหม เช่น โอนเงินได้ ส่งของถึงบ้าน หรือมีจุดให้แวะมารับ",
                 en: "Is it easy for customers to pay and get the goods: bank transfer, home delivery, a place to pick up?"),
                (th: "เราจะจำลูกค้าและติดต่อเขากลับได้อย่างไร เช่น จดเบอร์โทร ตั้งกลุ่มไลน์ หรือทำบัตรสมาชิก",
                 en: "How will we remember our customers and reach them again: a list of phone numbers, a LINE group, a member card?"),
                (th: "มีอะไรที่จะทำให้ลูกค้าอยากกลับมาซื้อซ้ำหรือชวนเพื่อนมาด้วย เช่น ส่วนลด ของแถม หรือการดูแลหลังการขาย",
                 en: "What would make a customer come back or bring a friend: a discount, a small gift, looking after them after the sale?"),
            ]
        ),
        StepGuide(
            step: .revenue,
            summary: (
                th: "ขั้นนี้ชวนกันไล่ดูให้ครบว่าสินค้าและบริการในขั้นที่ 1 จะทำเงินให้กลุ่มได้ทางไหนบ้าง ไม่ใช่แค่การขายของอย่างเดียว",
                en: "This step asks the group to list every way the products and services of step 1 could bring in money, not only by selling the goods."
            ),
            questions: [
                (th: "ตอนนี้รายได้ของกลุ่มมาจากอะไรบ้าง ได้ปีละประมาณเท่าไร",
                 en: "Where does the group's income come from now, and about how much a year?"),
                (th: "ของที่เรามีอยู่จะทำรายได้ทางอื่นได้อีกไหม เช่น แปรรูป เปิดสอนทำ ให้คนมาเที่ยวชม หรือขายวัตถุดิบที่เหลือ",
                 en: "Could what we have earn money some other way: processing, teaching others to make it, visits to see the work, selling leftover material?"),
                (th: "ลูกค้ากลุ่มไหนในขั้นที่ 2 ทำรายได้ให้เรามากที่สุด และรายได้ทางไหนที่มั่นคงที่สุด",
                 en: "Which customers of step 2 bring us the most money, and which income is the most dependable?"),
            ]
        ),
        StepGuide(
            step: .activities,
            summary: (
                th: "ขั้นนี้ถามว่ากลุ่มต้องลงมือทำอะไรบ้าง เพื่อให้คุณค่าในขั้นที่ 1 ไปถึงลูกค้าในขั้นที่ 2 ผ่านการสื่อสารในขั้นที่ 3 และปิดการขายได้ตามขั้นที่ 4",
                en: "This step asks what the group must actually do so that the value of step 1 reaches the customers of step 2 through the channels of step 3, with sales closed and repeated as in step 4."
            ),
            questions: [
                (th: "ต้องทำอะไรบ้างจึงจะได้ของดีอย่างที่เราบอกไว้ในขั้นที่ 1 เช่น ปลูก เก็บเกี่ยว แปรรูป ตรวจคุณภาพ",
                 en: "What must be done to make the product as good as we said in step 1: growing, harvesting, processing, checking quality?"),
                (th: "ต้องทำอะไรเพื่อให้ลูกค้ารู้จักเราและกลับมาซื้อซ้ำ ตามที่คิดไว้ในขั้นที่ 3 และ 4",
                 en: "What must be done so customers get to know us and buy again, as planned in steps 3 and 4?"),
                (th: "งานแต่ละอย่างใครรับผิดชอบ ทำเมื่อไร และงานไหนต้องทำก่อนทำหลัง",
                 en: "Who is responsible for each task, when is it done, and which must come first?"),
            ]
        ),
        StepGuide(
            step: .resources,
            summary: (
                th: "ขั้นนี้ชวนกันมองหาของที่ชุมชนมีอยู่แล้วแต่ยังใช้ไม่เต็มที่ ทั้งคน ที่ดิน เครื่องมือ เงินทุน และภูมิปัญญา ที่จะช่วยให้งานในขั้นที่ 6 สำเร็จ",
                en: "This step looks for what the community already has but does not fully use (people, land, tools, funds, local know-how) that can help the activities of step 6 succeed."
            ),
            questions: [
                (th: "ในหมู่บ้านมีเครื่องมือ อาคาร หรือที่ดินที่ว่างอยู่ หรือใช้แค่บางฤดูไหม",
                 en: "Are there tools, buildings or land in the village that stand idle or are used only part of the year?"),
                (th: "มีใครที่มีฝีมือหรือความรู้แต่ยังไม่ได้มาช่วยงานกลุ่ม เช่น ผู้สูงอายุ หรือคนหนุ่มสาวที่กลับมาอยู่บ้าน",
                 en: "Who has skills or knowledge but is not yet helping the group, such as elders or young people who have come back home?"),
                (th: "กองทุนในหมู่บ้าน วัตถุดิบที่เหลือทิ้ง หรือของดีจากธรรมชาติอะไรบ้างที่เอามาใช้กับงานในขั้นที่ 6 ได้",
                 en: "Which village funds, leftover materials or natural riches could be put to work for the activities of step 6?"),
            ]
        ),
        StepGuide(
            step: .partners,
            summary: (
                th: "ขั้นนี้ถามว่างานในขั้นที่ 6 ส่วนไหนที่กลุ่มทำเองลำพังไม่ไหว ต้องขอแรงจากใครภายนอก และขอให้ช่วยเรื่องอะไร",
                en: "This step asks which activities of step 6 the group cannot manage alone, whom outside the group it can turn to, and for what."
            ),
            questions: [
                (th: "งานไหนในขั้นที่ 6 ที่เรายังขาดความรู้ เครื่องมือ หรือเงิน จนทำเองไม่ได้",
                 en: "Which activities of step 6 are beyond us because we lack the knowledge, the tools or the money?"),
                (th: "ใครช่วยเราได้บ้าง เช่น อบต. พัฒนาชุมชน เกษตรอำเภอ มหาวิทยาลัย ธ.ก.ส. ร้านค้า หรือกลุ่มอื่นในเครือข่าย",
                 en: "Who could help us: the tambon council, the community development office, the district agriculture office, a university, the agricultural bank (BAAC), shops, or other groups in the network?"),
                (th: "เราจะตอบแทนหรือแบ่งปันอะไรกลับไปได้บ้าง ให้เขาอยากร่วมมือกับเราไปนาน ๆ",
                 en: "What can we give or share in return so they want to keep working with us for a long time?"),
            ]
        ),
        StepGuide(
            step: .costs,
            summary: (
                th: "ขั้นนี้ถามว่างานในขั้นที่ 6 ต้องใช้เงินกับอะไรบ้าง และถ้าใช้ของที่มีในขั้นที่ 7 กับแรงจากภาคีในขั้นที่ 8 ได้ดี จะประหยัดเงินลงไปได้แค่ไหน",
                en: "This step asks what the activities of step 6 cost, and how much less money is needed when the resources of step 7 and the partners of step 8 are put to good use."
            ),
            questions: [
                (th: "งานไหนในขั้นที่ 6 ที่ต้องจ่ายเงินจริง ๆ และต้องจ่ายประมาณเท่าไร ต่อเดือนหรือต่อปี",
                 en: "Which activities of step 6 really need money, and about how much, per month or per year?"),
                (th: "ค่าใช้จ่ายก้อนไหนที่ใช้ของที่ยังว่างอยู่ในขั้นที่ 7 แทนได้ เช่น ใช้กี่ทอผ้าที่มีอยู่แทนการซื้อใหม่",
                 en: "Which costs could the unused resources of step 7 replace, such as using the looms we already have instead of buying new ones?"),
                (th: "ภาคีในขั้นที่ 8 ช่วยออกค่าใช้จ่ายส่วนไหนได้บ้าง เช่น ค่าอบรม ค่าขนส่ง หรือค่าเช่าบูธออกร้าน",
                 en: "Which costs could the partners of step 8 help with: training, transport, renting a stall at a fair?"),
            ]
        ),
    ]
}
