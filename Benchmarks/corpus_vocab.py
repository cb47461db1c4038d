"""Vocabulary for the Thanrak benchmark corpus generator.

Plain data only: Thai place names, themes of community businesses, and the
phrases the generator combines into canvas items, indicators and stories.
The sentences are written for this project (not taken from the seed text).
Every string here must be safe as a plain YAML scalar; the generator quotes
anything that is not, but keeping them plain keeps the files realistic.
"""

# 77 changwat: (Thai name, romanised id part, region, latitude, longitude).
# Coordinates are rough centres, good enough for maps of a test corpus.
CHANGWAT = [
    ("อุดรธานี", "udon-thani", "NE", 17.41, 102.79),
    ("เชียงใหม่", "chiang-mai", "N", 18.79, 98.98),
    ("ขอนแก่น", "khon-kaen", "NE", 16.43, 102.83),
    ("นครศรีธรรมราช", "nakhon-si-thammarat", "S", 8.43, 99.96),
    ("สุพรรณบุรี", "suphan-buri", "C", 14.47, 100.12),
    ("กรุงเทพมหานคร", "bangkok", "C", 13.75, 100.50),
    ("กระบี่", "krabi", "S", 8.09, 98.91),
    ("กาญจนบุรี", "kanchanaburi", "W", 14.02, 99.53),
    ("กาฬสินธุ์", "kalasin", "NE", 16.43, 103.51),
    ("กำแพงเพชร", "kamphaeng-phet", "N", 16.48, 99.52),
    ("จันทบุรี", "chanthaburi", "E", 12.61, 102.10),
    ("ฉะเชิงเทรา", "chachoengsao", "E", 13.69, 101.07),
    ("ชลบุรี", "chon-buri", "E", 13.36, 100.98),
    ("ชัยนาท", "chai-nat", "C", 15.19, 100.13),
    ("ชัยภูมิ", "chaiyaphum", "NE", 15.81, 102.03),
    ("ชุมพร", "chumphon", "S", 10.49, 99.18),
    ("เชียงราย", "chiang-rai", "N", 19.91, 99.83),
    ("ตรัง", "trang", "S", 7.56, 99.61),
    ("ตราด", "trat", "E", 12.24, 102.52),
    ("ตาก", "tak", "W", 16.88, 99.13),
    ("นครนายก", "nakhon-nayok", "C", 14.21, 101.21),
    ("นครปฐม", "nakhon-pathom", "C", 13.82, 100.06),
    ("นครพนม", "nakhon-phanom", "NE", 17.41, 104.78),
    ("นครราชสีมา", "nakhon-ratchasima", "NE", 14.97, 102.10),
    ("นครสวรรค์", "nakhon-sawan", "N", 15.70, 100.14),
    ("นนทบุรี", "nonthaburi", "C", 13.86, 100.51),
    ("นราธิวาส", "narathiwat", "S", 6.43, 101.82),
    ("น่าน", "nan", "N", 18.78, 100.77),
    ("บึงกาฬ", "bueng-kan", "NE", 18.36, 103.65),
    ("บุรีรัมย์", "buri-ram", "NE", 14.99, 103.10),
    ("ปทุมธานี", "pathum-thani", "C", 14.02, 100.53),
    ("ประจวบคีรีขันธ์", "prachuap-khiri-khan", "W", 11.81, 99.80),
    ("ปราจีนบุรี", "prachin-buri", "E", 14.05, 101.37),
    ("ปัตตานี", "pattani", "S", 6.87, 101.25),
    ("พระนครศรีอยุธยา", "phra-nakhon-si-ayutthaya", "C", 14.35, 100.57),
    ("พะเยา", "phayao", "N", 19.17, 99.90),
    ("พังงา", "phang-nga", "S", 8.45, 98.53),
    ("พัทลุง", "phatthalung", "S", 7.62, 100.08),
    ("พิจิตร", "phichit", "N", 16.44, 100.35),
    ("พิษณุโลก", "phitsanulok", "N", 16.82, 100.26),
    ("เพชรบุรี", "phetchaburi", "W", 13.11, 99.94),
    ("เพชรบูรณ์", "phetchabun", "N", 16.42, 101.16),
    ("แพร่", "phrae", "N", 18.14, 100.14),
    ("ภูเก็ต", "phuket", "S", 7.89, 98.40),
    ("มหาสารคาม", "maha-sarakham", "NE", 16.18, 103.30),
    ("มุกดาหาร", "mukdahan", "NE", 16.54, 104.72),
    ("แม่ฮ่องสอน", "mae-hong-son", "N", 19.30, 97.97),
    ("ยโสธร", "yasothon", "NE", 15.79, 104.15),
    ("ยะลา", "yala", "S", 6.54, 101.28),
    ("ร้อยเอ็ด", "roi-et", "NE", 16.05, 103.65),
    ("ระนอง", "ranong", "S", 9.96, 98.64),
    ("ระยอง", "rayong", "E", 12.68, 101.28),
    ("ราชบุรี", "ratchaburi", "W", 13.54, 99.82),
    ("ลพบุรี", "lop-buri", "C", 14.80, 100.65),
    ("ลำปาง", "lampang", "N", 18.29, 99.49),
    ("ลำพูน", "lamphun", "N", 18.58, 99.01),
    ("เลย", "loei", "NE", 17.49, 101.72),
    ("ศรีสะเกษ", "si-sa-ket", "NE", 15.12, 104.32),
    ("สกลนคร", "sakon-nakhon", "NE", 17.16, 104.15),
    ("สงขลา", "songkhla", "S", 7.19, 100.59),
    ("สตูล", "satun", "S", 6.62, 100.07),
    ("สมุทรปราการ", "samut-prakan", "C", 13.60, 100.60),
    ("สมุทรสงคราม", "samut-songkhram", "C", 13.41, 100.00),
    ("สมุทรสาคร", "samut-sakhon", "C", 13.55, 100.27),
    ("สระแก้ว", "sa-kaeo", "E", 13.82, 102.06),
    ("สระบุรี", "saraburi", "C", 14.53, 100.91),
    ("สิงห์บุรี", "sing-buri", "C", 14.89, 100.40),
    ("สุโขทัย", "sukhothai", "N", 17.01, 99.82),
    ("สุราษฎร์ธานี", "surat-thani", "S", 9.14, 99.33),
    ("สุรินทร์", "surin", "NE", 14.88, 103.49),
    ("หนองคาย", "nong-khai", "NE", 17.88, 102.74),
    ("หนองบัวลำภู", "nong-bua-lam-phu", "NE", 17.20, 102.44),
    ("อ่างทอง", "ang-thong", "C", 14.59, 100.45),
    ("อำนาจเจริญ", "amnat-charoen", "NE", 15.86, 104.63),
    ("อุตรดิตถ์", "uttaradit", "N", 17.62, 100.10),
    ("อุทัยธานี", "uthai-thani", "C", 15.38, 100.02),
    ("อุบลราชธานี", "ubon-ratchathani", "NE", 15.24, 104.85),
]

# Real amphoe names for the first few changwat (after อำเภอเมือง, which
# every changwat gets); the rest are built from syllables.
REAL_AMPHOE = {
    "udon-thani": [
        ("กุมภวาปี", "kumphawapi"), ("หนองหาน", "nong-han"), ("บ้านดุง", "ban-dung"),
        ("เพ็ญ", "phen"), ("กุดจับ", "kut-chap"), ("หนองวัวซอ", "nong-wua-so"),
        ("บ้านผือ", "ban-phue"), ("น้ำโสม", "nam-som"), ("ศรีธาตุ", "si-that"),
        ("วังสามหมอ", "wang-sam-mo"), ("ไชยวาน", "chai-wan"),
    ],
    "chiang-mai": [
        ("แม่ริม", "mae-rim"), ("สันทราย", "san-sai"), ("ดอยสะเก็ด", "doi-saket"),
        ("สันกำแพง", "san-kamphaeng"), ("หางดง", "hang-dong"), ("จอมทอง", "chom-thong"),
        ("แม่แตง", "mae-taeng"), ("ฝาง", "fang"), ("สะเมิง", "samoeng"),
        ("แม่แจ่ม", "mae-chaem"), ("พร้าว", "phrao"),
    ],
    "khon-kaen": [
        ("บ้านฝาง", "ban-fang"), ("ชุมแพ", "chum-phae"), ("น้ำพอง", "nam-phong"),
        ("ภูเวียง", "phu-wiang"), ("หนองเรือ", "nong-ruea"), ("พล", "phon"),
        ("มัญจาคีรี", "mancha-khiri"), ("บ้านไผ่", "ban-phai"), ("กระนวน", "kranuan"),
        ("อุบลรัตน์", "ubolratana"), ("เขาสวนกวาง", "khao-suan-kwang"),
    ],
    "nakhon-si-thammarat": [
        ("ลานสกา", "lan-saka"), ("ท่าศาลา", "tha-sala"), ("ปากพนัง", "pak-phanang"),
        ("ทุ่งสง", "thung-song"), ("ร่อนพิบูลย์", "ron-phibun"), ("สิชล", "sichon"),
        ("ขนอม", "khanom"), ("ฉวาง", "chawang"), ("พรหมคีรี", "phrom-khiri"),
        ("หัวไทร", "hua-sai"), ("ชะอวด", "cha-uat"),
    ],
    "suphan-buri": [
        ("เดิมบางนางบวช", "doem-bang-nang-buat"), ("ด่านช้าง", "dan-chang"),
        ("บางปลาม้า", "bang-pla-ma"), ("ศรีประจันต์", "si-prachan"),
        ("ดอนเจดีย์", "don-chedi"), ("สองพี่น้อง", "song-phi-nong"),
        ("สามชุก", "sam-chuk"), ("อู่ทอง", "u-thong"), ("หนองหญ้าไซ", "nong-ya-sai"),
    ],
}

# Syllables for place names: (Thai, roman). FIRST starts a name, SECOND ends it.
NAME_FIRST = [
    ("หนอง", "nong"), ("โคก", "khok"), ("ดอน", "don"), ("นา", "na"), ("ห้วย", "huai"),
    ("โนน", "non"), ("ป่า", "pa"), ("บ่อ", "bo"), ("สระ", "sa"), ("ท่า", "tha"),
    ("หัว", "hua"), ("วัง", "wang"), ("คลอง", "khlong"), ("บาง", "bang"), ("แม่", "mae"),
    ("ทุ่ง", "thung"), ("เขา", "khao"), ("ดง", "dong"), ("กุด", "kut"), ("ศรี", "si"),
    ("สวน", "suan"), ("ไร่", "rai"), ("หาด", "hat"), ("ปาก", "pak"), ("โพน", "phon"),
    ("หนองหญ้า", "nong-ya"), ("ห้วยทราย", "huai-sai"), ("ลำ", "lam"), ("ซับ", "sap"),
    ("เหล่า", "lao"),
]
NAME_SECOND = [
    ("บัว", "bua"), ("แดง", "daeng"), ("ใหญ่", "yai"), ("น้อย", "noi"), ("สะอาด", "sa-at"),
    ("ทอง", "thong"), ("ไผ่", "phai"), ("ขาม", "kham"), ("แก", "kae"), ("หว้า", "wa"),
    ("ยาง", "yang"), ("งาม", "ngam"), ("เจริญ", "charoen"), ("สำราญ", "samran"),
    ("ใหม่", "mai"), ("กลาง", "klang"), ("หิน", "hin"), ("ทราย", "sai"), ("จาน", "chan"),
    ("ตะเคียน", "takhian"), ("มะม่วง", "mamuang"), ("ขี้เหล็ก", "khilek"), ("โพธิ์", "pho"),
    ("ไทร", "sai"), ("เกลือ", "kluea"), ("คำ", "kham"), ("ม่วง", "muang"),
    ("เตย", "toei"), ("แสง", "saeng"), ("สว่าง", "sawang"), ("ดู่", "du"),
    ("พัฒนา", "phatthana"), ("สามัคคี", "samakkhi"), ("อุดม", "udom"), ("เรือ", "ruea"),
    ("ช้าง", "chang"), ("เสือ", "suea"), ("ปลาดุก", "pla-duk"), ("กระทุ่ม", "krathum"),
    ("มะขาม", "makham"),
]
VILLAGE_SUFFIX = [
    ("ใต้", "tai"), ("เหนือ", "nuea"), ("ตะวันออก", "tawan-ok"), ("พัฒนา", "phatthana"),
]

REGION_TH = {"N": "ภาคเหนือ", "NE": "ภาคตะวันออกเฉียงเหนือ", "C": "ภาคกลาง",
             "E": "ภาคตะวันออก", "W": "ภาคตะวันตก", "S": "ภาคใต้"}

ECOREGIONS = {
    "N": ["ลุ่มน้ำปิงตอนบน", "ลุ่มน้ำน่าน", "ป่าต้นน้ำดอยสูง", "ลุ่มน้ำยม", "ลุ่มน้ำวัง"],
    "NE": ["ลุ่มน้ำชี", "ลุ่มน้ำมูล", "ลุ่มน้ำห้วยหลวง", "ทุ่งกุลาร้องไห้", "ลุ่มน้ำสงคราม",
           "เทือกเขาภูพาน"],
    "C": ["ลุ่มน้ำเจ้าพระยา", "ลุ่มน้ำท่าจีน", "ลุ่มน้ำป่าสัก", "ที่ราบลุ่มภาคกลาง"],
    "E": ["ชายฝั่งทะเลตะวันออก", "ลุ่มน้ำบางปะกง", "เทือกเขาจันทบุรี"],
    "W": ["ผืนป่าตะวันตก", "ลุ่มน้ำแม่กลอง", "ชายฝั่งอ่าวไทยฝั่งตะวันตก"],
    "S": ["ลุ่มน้ำทะเลสาบสงขลา", "ชายฝั่งทะเลอันดามัน", "เทือกเขาบรรทัด", "ลุ่มน้ำตาปี",
          "ชายฝั่งอ่าวไทยตอนล่าง"],
}

# Network themes of §6.
NETWORK_THEMES = ["organic-farming", "rice", "fisheries", "community-tourism",
                  "eco-culture", "craft", "finance", "other"]
NETWORK_THEME_TH = {
    "organic-farming": ("เกษตรอินทรีย์", "Organic Farming"),
    "rice": ("ข้าว", "Rice"),
    "fisheries": ("ประมงพื้นบ้าน", "Small-scale Fisheries"),
    "community-tourism": ("ท่องเที่ยวโดยชุมชน", "Community Tourism"),
    "eco-culture": ("นิเวศวัฒนธรรม", "Eco-culture"),
    "craft": ("หัตถกรรม", "Handicraft"),
    "finance": ("การเงินชุมชน", "Community Finance"),
    "other": ("ผลิตภัณฑ์ชุมชน", "Community Products"),
}

# Themes of community businesses. products: (id stem, Thai, English).
THEMES = [
    dict(key="silk", net="craft", group_th="ทอผ้าไหม", group_en="Silk Weaving Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["เส้นไหม", "รังไหม", "ใบหม่อน"], skill="ทอผ้าและย้อมสีธรรมชาติ",
         regions="NE N",
         products=[("mudmee-silk", "ผ้าไหมมัดหมี่ย้อมสีธรรมชาติ", "naturally dyed mudmee silk"),
                   ("silk-scarf", "ผ้าพันคอไหมลายประจำหมู่บ้าน", "village-pattern silk scarves"),
                   ("silk-yarn", "เส้นไหมพื้นบ้านสาวมือ", "hand-reeled silk yarn"),
                   ("silk-bag", "กระเป๋าและของที่ระลึกจากเศษผ้าไหม", "bags made from silk offcuts"),
                   ("mulberry-tea", "ชาใบหม่อนอบแห้ง", "dried mulberry leaf tea")]),
    dict(key="indigo", net="craft", group_th="ผ้าย้อมคราม", group_en="Indigo Dyeing Group",
         kind="women-group", cycle=["produce", "process"],
         raw=["ต้นคราม", "ฝ้าย"], skill="ย้อมครามและทอผ้าฝ้าย", regions="NE N",
         products=[("indigo-cloth", "ผ้าฝ้ายย้อมครามทอมือ", "handwoven indigo cotton"),
                   ("indigo-shirt", "เสื้อผ้าฝ้ายย้อมครามตัดเย็บเอง", "indigo cotton shirts"),
                   ("indigo-paste", "เนื้อครามเปียกสำหรับย้อม", "indigo dye paste"),
                   ("cotton-yarn", "เส้นฝ้ายเข็นมือ", "hand-spun cotton yarn")]),
    dict(key="rice", net="rice", group_th="ผู้ปลูกข้าวอินทรีย์", group_en="Organic Rice Growers",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["ข้าวเปลือก", "เมล็ดพันธุ์ข้าว"], skill="ทำนาอินทรีย์และสีข้าว", regions="NE C N",
         products=[("jasmine-rice", "ข้าวหอมมะลิอินทรีย์สีใหม่", "fresh-milled organic jasmine rice"),
                   ("germinated-rice", "ข้าวกล้องงอกบรรจุถุงสุญญากาศ", "vacuum-packed germinated brown rice"),
                   ("riceberry", "ข้าวไรซ์เบอร์รี่ปลอดสาร", "chemical-free riceberry rice"),
                   ("rice-seed", "เมล็ดพันธุ์ข้าวพื้นเมือง", "native rice seed"),
                   ("rice-snack", "ข้าวพองและขนมจากข้าว", "puffed rice snacks")]),
    dict(key="vegetables", net="organic-farming", group_th="ผักอินทรีย์",
         group_en="Organic Vegetable Group", kind="farmers-group",
         cycle=["produce", "consume", "trade"], raw=["ผักพื้นบ้าน", "ปุ๋ยหมัก"],
         skill="ปลูกผักอินทรีย์และทำปุ๋ยหมัก", regions="C N NE E W S",
         products=[("veg-box", "ผักอินทรีย์รวมกล่องส่งถึงบ้าน", "organic vegetable boxes"),
                   ("salad", "ผักสลัดปลอดสาร", "chemical-free salad greens"),
                   ("native-veg", "ผักพื้นบ้านตามฤดูกาล", "seasonal native vegetables"),
                   ("vermicompost", "ปุ๋ยหมักมูลไส้เดือน", "vermicompost"),
                   ("seedlings", "ต้นกล้าผักพร้อมปลูก", "vegetable seedlings")]),
    dict(key="fish", net="fisheries", group_th="ประมงพื้นบ้าน", group_en="Small-scale Fishers Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["ปลาน้ำจืด", "ปลาทะเล", "เกลือ"], skill="แปรรูปสัตว์น้ำและถนอมอาหาร",
         regions="S E NE",
         products=[("pla-ra", "ปลาร้าต้มสุกบรรจุขวด", "cooked fermented fish in jars"),
                   ("pla-som", "ปลาส้มไร้ก้าง", "boneless fermented fish"),
                   ("dried-shrimp", "กุ้งแห้งตากแดดธรรมชาติ", "sun-dried shrimp"),
                   ("fish-sauce", "น้ำปลาหมักแบบดั้งเดิม", "traditionally fermented fish sauce"),
                   ("smoked-fish", "ปลาย่างรมควันไม้", "wood-smoked fish")]),
    dict(key="tourism", net="community-tourism", group_th="ท่องเที่ยวโดยชุมชน",
         group_en="Community Tourism Group", kind="homestay-group",
         cycle=["consume", "trade", "profit"], raw=["อาหารพื้นบ้าน", "เส้นทางธรรมชาติ"],
         skill="ต้อนรับนักท่องเที่ยวและนำเที่ยว", regions="N S W E",
         products=[("homestay", "ที่พักโฮมสเตย์กับครอบครัวสมาชิก", "homestays with member families"),
                   ("local-trip", "ทริปเรียนรู้วิถีชุมชนหนึ่งวัน", "one-day community life trips"),
                   ("local-food", "สำรับอาหารพื้นถิ่นจากวัตถุดิบในหมู่บ้าน", "local food sets"),
                   ("craft-class", "กิจกรรมทำของที่ระลึกด้วยมือ", "handicraft classes"),
                   ("boat-tour", "ล่องเรือชมธรรมชาติยามเช้า", "morning boat tours")]),
    dict(key="herbs", net="other", group_th="แปรรูปสมุนไพร", group_en="Herbal Products Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["ไพล", "ขมิ้นชัน", "ตะไคร้"], skill="แปรรูปสมุนไพร", regions="C NE E",
         products=[("herbal-balm", "ยาหม่องสมุนไพรไพล", "plai herbal balm"),
                   ("herbal-compress", "ลูกประคบสมุนไพรสด", "fresh herbal compress balls"),
                   ("herbal-tea", "ชาสมุนไพรอบแห้ง", "dried herbal tea"),
                   ("turmeric-soap", "สบู่สมุนไพรขมิ้นชัน", "turmeric soap"),
                   ("herbal-massage", "บริการนวดแผนไทยด้วยสมุนไพร", "Thai herbal massage")]),
    dict(key="coffee", net="organic-farming", group_th="ปลูกกาแฟ", group_en="Coffee Growers Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["เมล็ดกาแฟ", "ต้นกาแฟใต้ร่มไม้"], skill="ปลูกกาแฟใต้ร่มไม้และคั่วกาแฟ",
         regions="N S",
         products=[("roasted-coffee", "กาแฟอาราบิก้าคั่วกลาง", "medium-roast arabica"),
                   ("green-bean", "สารกาแฟคัดเกรด", "graded green coffee"),
                   ("drip-bag", "กาแฟดริปแบบซอง", "drip-bag coffee"),
                   ("coffee-tour", "ทัวร์ไร่กาแฟและชิมกาแฟ", "coffee farm tours"),
                   ("cascara", "ชาเปลือกกาแฟ", "coffee cherry tea")]),
    dict(key="bamboo", net="craft", group_th="จักสาน", group_en="Basketry Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["ไม้ไผ่", "ต้นกก", "ผักตบชวา"], skill="จักสาน", regions="NE C N",
         products=[("rice-basket", "กระติบข้าวเหนียวสานลายโบราณ", "sticky rice baskets"),
                   ("bamboo-basket", "ตะกร้าไม้ไผ่ทรงร่วมสมัย", "modern bamboo baskets"),
                   ("reed-mat", "เสื่อกกทอลาย", "patterned reed mats"),
                   ("hyacinth-bag", "กระเป๋าผักตบชวา", "water hyacinth bags"),
                   ("bamboo-lamp", "โคมไฟสานจากไม้ไผ่", "woven bamboo lamps")]),
    dict(key="fruit", net="other", group_th="แปรรูปผลไม้", group_en="Fruit Processing Group",
         kind="women-group", cycle=["process", "trade"],
         raw=["กล้วยน้ำว้า", "มะม่วง", "มะขาม"], skill="แปรรูปผลไม้และถนอมอาหาร",
         regions="C E W N",
         products=[("banana-chips", "กล้วยตากพลังงานแสงอาทิตย์", "solar-dried bananas"),
                   ("dried-mango", "มะม่วงแช่อิ่มอบแห้ง", "dried mango"),
                   ("tamarind", "มะขามแก้วสามรส", "sweet and sour tamarind"),
                   ("fruit-jam", "แยมผลไม้ตามฤดูกาล", "seasonal fruit jam"),
                   ("fruit-juice", "น้ำผลไม้พาสเจอร์ไรส์", "pasteurised fruit juice")]),
    dict(key="savings", net="finance", group_th="ออมทรัพย์เพื่อการผลิต",
         group_en="Savings Group for Production", kind="savings-group",
         cycle=["capital", "profit", "consume"], raw=["เงินออมของสมาชิก", "เงินกองทุนหมู่บ้าน"],
         skill="บริหารการเงินและทำบัญชี", regions="C N NE E W S",
         products=[("production-loan", "เงินกู้ดอกเบี้ยต่ำสำหรับลงทุนอาชีพ", "low-interest production loans"),
                   ("commitment-savings", "บัญชีเงินฝากสัจจะรายเดือน", "monthly commitment savings"),
                   ("member-welfare", "สวัสดิการเกิดแก่เจ็บตายของสมาชิก", "member welfare from birth to death"),
                   ("village-shop", "ร้านค้าชุมชนราคาเป็นธรรม", "fair-price village shop"),
                   ("fertiliser-bank", "ธนาคารปุ๋ยยืมก่อนจ่ายคืนหลังเก็บเกี่ยว", "fertiliser bank")]),
    dict(key="honey", net="organic-farming", group_th="เลี้ยงผึ้งชันโรง",
         group_en="Stingless Bee Keepers", kind="farmers-group",
         cycle=["produce", "process", "trade"], raw=["น้ำผึ้ง", "รังผึ้ง", "ดอกไม้ป่า"],
         skill="เลี้ยงผึ้งชันโรงและเก็บน้ำผึ้ง", regions="S E N",
         products=[("honey", "น้ำผึ้งชันโรงแท้", "pure stingless bee honey"),
                   ("propolis", "พรอพอลิสสกัด", "propolis extract"),
                   ("beeswax-candle", "เทียนขี้ผึ้งหอม", "beeswax candles"),
                   ("bee-box", "กล่องเลี้ยงผึ้งพร้อมรัง", "bee boxes with colonies")]),
    dict(key="culture", net="eco-culture", group_th="อนุรักษ์วัฒนธรรมพื้นบ้าน",
         group_en="Culture Keepers Group", kind="youth-group",
         cycle=["consume", "trade", "profit"], raw=["ภูมิปัญญาพื้นบ้าน", "ดนตรีพื้นเมือง"],
         skill="ดนตรีพื้นบ้านและการแสดง", regions="NE N S",
         products=[("folk-show", "การแสดงพื้นบ้านสำหรับงานบุญและงานเลี้ยง", "folk performances"),
                   ("heritage-walk", "เดินชมเรือนโบราณกับมัคคุเทศก์น้อย", "heritage walks"),
                   ("folk-music", "ชุดเรียนดนตรีพื้นเมือง", "folk music lessons"),
                   ("ceremony-set", "เครื่องประกอบพิธีทำมือ", "handmade ceremony sets")]),
    dict(key="eggs", net="other", group_th="เลี้ยงไก่ไข่อารมณ์ดี", group_en="Free-range Egg Group",
         kind="farmers-group", cycle=["produce", "consume", "trade"],
         raw=["ไข่ไก่", "อาหารสัตว์", "มูลไก่"], skill="เลี้ยงไก่แบบปล่อยและทำอาหารสัตว์เอง",
         regions="C NE W",
         products=[("free-range-eggs", "ไข่ไก่อารมณ์ดี", "free-range eggs"),
                   ("salted-eggs", "ไข่เค็มพอกดินจอมปลวก", "salted eggs"),
                   ("manure-pellets", "ปุ๋ยมูลไก่อัดเม็ด", "pelleted chicken manure"),
                   ("native-chicks", "ลูกไก่พื้นเมือง", "native chicks")]),
    dict(key="mushroom", net="organic-farming", group_th="เพาะเห็ด", group_en="Mushroom Growers Group",
         kind="community-enterprise", cycle=["produce", "process", "trade"],
         raw=["ก้อนเชื้อเห็ด", "ขี้เลื่อย", "ฟางข้าว"], skill="เพาะเห็ดและแปรรูปเห็ด",
         regions="C NE N E",
         products=[("oyster-mushroom", "เห็ดนางฟ้าสด", "fresh oyster mushrooms"),
                   ("mushroom-spawn", "ก้อนเชื้อเห็ดพร้อมเปิดดอก", "mushroom spawn bags"),
                   ("mushroom-chips", "เห็ดทอดกรอบปรุงรส", "crispy mushroom snacks"),
                   ("mushroom-chili", "น้ำพริกเห็ด", "mushroom chili paste")]),
]

KIND_EXTRA = ["cooperative", "community-enterprise", "women-group", "youth-group"]

# ---- canvas phrases (own words). Placeholders: {raw} {skill} {v} {t} {a} {c} {n} {p}

VALUE_CLAIMS = [
    "ใช้{raw}ของชุมชน คุณภาพสม่ำเสมอทุกรอบ",
    "มีเรื่องเล่าของ{v}กำกับทุกชิ้น",
    "ราคาเป็นธรรม ตรวจสอบย้อนกลับได้ถึงครัวเรือนสมาชิก",
    "ทำด้วยมือตามภูมิปัญญาของตำบล{t}",
    "พร้อมเป็นของฝาก ได้มาตรฐานผลิตภัณฑ์ชุมชน",
    "ส่งตรงจากสมาชิกโดยไม่ผ่านคนกลาง",
    "ผ่านการรับรองแบบมีส่วนร่วม ลูกค้ามาดูแหล่งผลิตได้",
    "ของดีประจำอำเภอ{a}ที่คนรู้จักและไว้ใจ",
]
VALUE_EXTRAS = [
    " รายได้ส่วนหนึ่งกลับเข้ากองทุนของหมู่บ้าน",
    " สมาชิกผู้สูงอายุมีงานทำใกล้บ้าน",
    " ลดการใช้สารเคมีและดูแลดินน้ำของหมู่บ้าน",
    "", "", "", "", "", "", "",
]

CUSTOMERS = [
    ("tourists", "นักท่องเที่ยวที่แวะผ่าน{place}"),
    ("restaurants", "ร้านอาหารและโรงแรมในตัวเมือง{c}"),
    ("office-workers", "คนทำงานในเมืองที่สั่งซื้อผ่านโทรศัพท์มือถือ"),
    ("health-lovers", "คนรักสุขภาพที่ยอมจ่ายเพิ่มเพื่อสินค้าปลอดภัย"),
    ("schools-hospitals", "โรงเรียนและโรงพยาบาลส่งเสริมสุขภาพตำบลที่จัดซื้อเป็นประจำ"),
    ("local-households", "ครัวเรือนในตำบล{t}และตำบลใกล้เคียงที่ซื้อใช้ในชีวิตประจำวัน"),
    ("souvenir-shops", "ร้านของฝากและร้านกาแฟในแหล่งท่องเที่ยวของจังหวัด{c}"),
    ("wholesalers", "ผู้ค้าส่งจากกรุงเทพฯ และหัวเมืองใหญ่ที่รับซื้อครั้งละมาก"),
    ("export-buyers", "ผู้ซื้อต่างประเทศที่พบกันในงานแสดงสินค้าชุมชนระดับประเทศ"),
    ("agencies", "หน่วยงานราชการและบริษัทที่ซื้อเป็นของที่ระลึกในงานประชุม"),
    ("young-buyers", "คนรุ่นใหม่ที่ชอบของทำมือและแบ่งปันเรื่องราวในสื่อออนไลน์"),
    ("members", "สมาชิกกลุ่มและลูกหลานที่ซื้อในราคาสมาชิก"),
]
PLACES = [
    "วัดเก่าแก่ของอำเภอ{a}", "ถนนคนเดินในตัวเมือง{c}", "อ่างเก็บน้ำของอำเภอ{a}",
    "ตลาดเช้าหน้าที่ว่าการอำเภอ{a}", "จุดชมวิวริมทางหลวง", "ศูนย์เรียนรู้เกษตรของตำบล{t}",
]

CHANNELS = [
    ("fb-live", "ไลฟ์ขายทางเพจของกลุ่มทุกเย็นวันเสาร์"),
    ("market-stall", "ตั้งแผงในตลาดนัดชุมชนของอำเภอ{a}ทุกวันพุธ"),
    ("line-oa", "บัญชีไลน์ของกลุ่ม ส่งภาพสินค้าใหม่และรับคำสั่งซื้อล่วงหน้า"),
    ("trade-fair", "ออกร้านในงานกาชาดและงานแสดงสินค้าของจังหวัด"),
    ("shop-front", "ร้านหน้าศูนย์เรียนรู้ของหมู่บ้าน เปิดให้ชิมและทดลองใช้ก่อนซื้อ"),
    ("farm-visit", "พาลูกค้าชมแหล่งผลิตและขั้นตอนการทำ"),
    ("resellers", "ฝากขายกับร้านค้าประชารัฐและร้านริมถนนสายหลักของอำเภอ"),
    ("radio", "เล่าเรื่องกลุ่มผ่านวิทยุชุมชนและหอกระจายข่าวของตำบล{t}"),
    ("marketplace", "วางขายบนแพลตฟอร์มออนไลน์พร้อมรีวิวจากลูกค้าจริง"),
]

RELATIONSHIPS = [
    ("member-card", "บัตรสมาชิกสะสมแต้ม ซื้อครบสิบครั้งได้ส่วนลด"),
    ("pre-order", "รับจองล่วงหน้าตามฤดูกาล ลูกค้าประจำได้ของก่อนและได้ราคาพิเศษ"),
    ("after-sale", "โทรถามความพึงพอใจหลังส่งของภายในสามวัน"),
    ("harvest-day", "ชวนลูกค้าประจำมาร่วมวันเก็บเกี่ยวปีละครั้ง"),
    ("yearly-contract", "ทำข้อตกลงซื้อขายรายปีกับผู้ซื้อประจำ"),
    ("gift-set", "จัดชุดของขวัญตามเทศกาล แจ้งลูกค้าเก่าก่อนเปิดขายทั่วไป"),
    ("thank-you-card", "แนบการ์ดขอบคุณที่สมาชิกผู้ผลิตเขียนด้วยลายมือในทุกกล่อง"),
]

REVENUE = [
    ("retail-sales", "ขายปลีก{p}ที่หน้าร้านและทางออนไลน์"),
    ("wholesale", "ขายส่ง{p}ให้ร้านค้าและผู้รับซื้อประจำ"),
    ("visit-fees", "ค่าเข้าชมและค่าสาธิตการทำ{p}สำหรับคณะศึกษาดูงาน"),
    ("contract-orders", "รับผลิต{p}ตามคำสั่งซื้อของหน่วยงานและบริษัท"),
    ("member-dividend", "ส่วนต่างจากการรวมกันขาย{p}ที่แบ่งเป็นเงินปันผลและเข้ากองทุน"),
    ("fair-sales", "ยอดขาย{p}ในงานแสดงสินค้าและงานประจำปีของจังหวัด"),
]

ACTIVITIES = [
    ("monthly-meeting", "ประชุมสมาชิกทุกเดือนเพื่อวางแผนการผลิต"),
    ("skill-training", "อบรม{skill}ให้สมาชิกใหม่และเยาวชน"),
    ("packaging-design", "พัฒนาบรรจุภัณฑ์และตราสินค้าร่วมกับนักศึกษาออกแบบ"),
    ("quality-check", "ตรวจคุณภาพ{raw}ก่อนรับซื้อจากสมาชิก"),
    ("bookkeeping", "ทำบัญชีรายรับรายจ่ายของกลุ่มและรายงานให้สมาชิกทราบทุกไตรมาส"),
    ("content-making", "ทำวิดีโอสั้นเล่าเรื่องผู้ผลิตลงสื่อออนไลน์"),
    ("certification", "ยื่นขอรับรองมาตรฐานผลิตภัณฑ์ชุมชน"),
    ("restore-source", "ฟื้นฟูแหล่ง{raw}ในที่ดินสาธารณะของหมู่บ้านร่วมกับโรงเรียน"),
]

RESOURCES = [
    ("idle-hall", "อาคารอเนกประสงค์ของหมู่บ้านที่ว่างเกือบทั้งสัปดาห์"),
    ("idle-land", "ที่ดินสาธารณะประโยชน์ {n} ไร่ที่ยังไม่มีใครใช้ประโยชน์"),
    ("elders", "ผู้สูงอายุที่มีฝีมือ{skill}และมีเวลาว่างหลังฤดูเก็บเกี่ยว"),
    ("returning-youth", "คนหนุ่มสาวที่กลับมาอยู่บ้านและถนัดใช้สื่อออนไลน์"),
    ("old-equipment", "เครื่องมือที่ได้จากโครงการเดิมแต่ใช้ไม่ถึงครึ่งของกำลังผลิต"),
    ("by-products", "เศษวัสดุเหลือจากการผลิตที่นำมาทำปุ๋ยหรือสินค้าใหม่ได้"),
    ("idle-fund", "เงินกองทุนหมู่บ้านที่ยังปล่อยกู้ไม่เต็มวงเงิน"),
    ("pickup-trucks", "รถกระบะของสมาชิกที่ว่างในวันธรรมดา"),
]

PARTNER_HELP = [
    ("market-support", "ช่วยหาตลาดและพาไปออกงานแสดงสินค้า"),
    ("finance-support", "ให้สินเชื่อดอกเบี้ยต่ำสำหรับซื้อวัตถุดิบและเครื่องมือ"),
    ("design-support", "ช่วยออกแบบบรรจุภัณฑ์และตรวจคุณภาพสินค้า"),
    ("training-support", "สอนการทำบัญชีและการตลาดออนไลน์ให้คณะกรรมการ"),
    ("standard-support", "ประสานการขอรับรองมาตรฐานและให้คำปรึกษาด้านเอกสาร"),
    ("data-support", "ช่วยเก็บข้อมูลครัวเรือนและวิเคราะห์ต้นทุนการผลิต"),
]
LOCAL_HELP = [
    "ให้ใช้สถานที่จัดกิจกรรมและช่วยประชาสัมพันธ์",
    "ช่วยหาอาสาสมัครและวิทยากรในวันจัดงาน",
    "บรรจุกิจกรรมของกลุ่มไว้ในแผนพัฒนาตำบล",
    "ช่วยดูแลสุขภาพสมาชิกและรับรองความสะอาดของที่ผลิต",
]
LOCAL_PARTNERS = [
    ("tao", "องค์การบริหารส่วนตำบล{t}"),
    ("temple", "วัดประจำหมู่บ้านและคณะกรรมการวัด"),
    ("school", "โรงเรียนประจำตำบล{t}"),
    ("health-volunteers", "อาสาสมัครสาธารณสุขประจำหมู่บ้าน"),
]

COSTS = [
    ("materials", "ค่า{raw}ที่รับซื้อจากสมาชิกในราคาประกัน"),
    ("packaging", "ค่าบรรจุภัณฑ์ ฉลาก และกล่องส่งของ"),
    ("transport", "ค่าขนส่งสินค้าไปตลาดและค่าส่งพัสดุ"),
    ("wages", "ค่าแรงสมาชิกที่มาช่วยผลิตตามจำนวนวันทำงาน"),
    ("utilities", "ค่าไฟฟ้าและน้ำประปาของที่ทำการกลุ่ม"),
    ("training-costs", "ค่าอาหารและค่าเดินทางของวิทยากรในการอบรม"),
    ("booth-fees", "ค่าเช่าพื้นที่และค่าเดินทางไปงานแสดงสินค้า"),
    ("maintenance", "ค่าซ่อมบำรุงเครื่องมือและอุปกรณ์ปีละครั้ง"),
]

# Indicators: id, Thai name, English name, level, unit, sdg codes, direction,
# (baseline low, high), step its refs follow, source.
INDICATORS = [
    ("household-income", "รายได้เฉลี่ยของครัวเรือนสมาชิกต่อเดือน", "Average member household income per month",
     "output", "บาท/เดือน", ["1.2.1", "8.5"], "increase", (5000, 12000), "revenue", "แบบสำรวจของกลุ่ม"),
    ("group-sales", "ยอดขายรวมของกลุ่มต่อปี", "Group sales per year",
     "output", "บาท/ปี", ["8.3", "8.2.1"], "increase", (80000, 900000), "revenue", "บัญชีของกลุ่ม"),
    ("household-debt", "หนี้สินเฉลี่ยต่อครัวเรือนสมาชิก", "Average debt per member household",
     "output", "บาท", ["1.4", "8.10.2"], "decrease", (40000, 180000), "revenue", "ข้อมูลจปฐ."),
    ("health-checks", "จำนวนสมาชิกที่ตรวจสุขภาพประจำปี", "Members with a yearly health check",
     "output", "คน", ["3.8.1"], "increase", (5, 60), "activities", "โรงพยาบาลส่งเสริมสุขภาพตำบล"),
    ("local-jobs", "จำนวนคนที่มีงานทำในหมู่บ้านจากกิจการของกลุ่ม", "People employed in the village by the group",
     "output", "คน", ["8.5", "8.3.1"], "increase", (3, 40), "activities", "ทะเบียนสมาชิก"),
    ("meeting-attendance", "ร้อยละของสมาชิกที่เข้าประชุมประจำเดือน", "Share of members at the monthly meeting",
     "outcome", "ร้อยละ", ["16.7", "5.5"], "increase", (30, 70), "activities", "บันทึกการประชุม"),
    ("trained-members", "จำนวนสมาชิกที่ผ่านการอบรมทักษะ", "Members who completed skills training",
     "outcome", "คน", ["4.4.1", "4.3"], "increase", (4, 40), "activities", "ทะเบียนการอบรม"),
    ("open-books", "จำนวนครั้งที่เปิดบัญชีให้สมาชิกตรวจสอบต่อปี", "Times per year the accounts are opened to members",
     "outcome", "ครั้ง/ปี", ["16.6", "16.7.2"], "increase", (1, 4), "activities", "บันทึกการประชุม"),
    ("youth-members", "จำนวนเยาวชนที่ร่วมงานกับกลุ่ม", "Young people working with the group",
     "outcome", "คน", ["8.6", "4.4"], "increase", (2, 20), "resources", "ทะเบียนสมาชิก"),
    ("women-leaders", "ร้อยละของผู้หญิงในคณะกรรมการกลุ่ม", "Share of women on the group committee",
     "outcome", "ร้อยละ", ["5.5.2"], "increase", (20, 50), "activities", "ทะเบียนคณะกรรมการ"),
    ("chemical-free-land", "พื้นที่เกษตรปลอดสารเคมีของสมาชิก", "Chemical-free farmland of members",
     "impact", "ไร่", ["2.4.1", "15.3"], "increase", (10, 300), "resources", "แบบสำรวจแปลง"),
    ("chemical-use", "ปริมาณสารเคมีการเกษตรที่สมาชิกใช้ต่อปี", "Farm chemicals used by members per year",
     "impact", "กิโลกรัม/ปี", ["12.4", "3.9"], "decrease", (200, 2500), "activities", "แบบสำรวจของกลุ่ม"),
    ("restored-forest", "พื้นที่ป่าชุมชนที่ได้รับการฟื้นฟู", "Community forest restored",
     "impact", "ไร่", ["15.1.1", "15.2"], "increase", (5, 200), "resources", "คณะกรรมการป่าชุมชน"),
    ("sorted-waste", "ขยะที่คัดแยกและนำกลับมาใช้ต่อเดือน", "Waste sorted and reused per month",
     "impact", "กิโลกรัม/เดือน", ["12.5.1", "11.6"], "increase", (50, 800), "costs", "ธนาคารขยะของหมู่บ้าน"),
    ("cared-water", "จำนวนแหล่งน้ำที่ชุมชนดูแลร่วมกัน", "Water sources the community looks after",
     "impact", "แห่ง", ["6.6.1"], "increase", (1, 8), "resources", "แผนที่ทรัพยากรของตำบล"),
    ("solar-share", "ร้อยละของพลังงานที่ใช้ในการผลิตจากแสงอาทิตย์", "Share of production energy from solar",
     "impact", "ร้อยละ", ["7.2", "7.2.1"], "increase", (0, 30), "costs", "บิลค่าไฟฟ้าของกลุ่ม"),
]

# ---- story sentences (Thai). Placeholders filled by the generator.
STORY_HISTORY = [
    "{name}เริ่มจากชาวบ้าน{village}ไม่กี่ครัวเรือนที่ตกลงรวมกันเมื่อปี {founded} เพราะอยากมีรายได้เสริมหลังฤดูทำนา",
    "วันนี้กลุ่มมีสมาชิก {members} คน ส่วนใหญ่อยู่ในหมู่ที่ {moo} ตำบล{tambon} อำเภอ{amphoe} จังหวัด{changwat}",
    "ช่วงแรกต่างคนต่างทำและขายได้ราคาต่ำเพราะไม่มีอำนาจต่อรอง จนได้นั่งคุยกันจริงจังว่าของดีของหมู่บ้านคืออะไร",
    "การประชุมครั้งแรกจัดที่ศาลาวัด มีคนมาไม่ถึงยี่สิบคน แต่ทุกคนยอมลงหุ้นคนละเล็กละน้อยเป็นทุนตั้งต้น",
    "คณะกรรมการมาจากการเลือกของสมาชิกทุกสองปี และมีผู้หญิงกับคนรุ่นใหม่อยู่ในคณะกรรมการเสมอ",
    "กลุ่มเก็บเงินออมจากสมาชิกทุกเดือน เงินก้อนนี้กลายเป็นทุนหมุนเวียนที่ไม่ต้องพึ่งเงินกู้นอกระบบ",
]
STORY_PRODUCT = [
    "สินค้าหลักคือ{plink} ซึ่งใช้{raw}จากในหมู่บ้านและทำตามวิธีที่ผู้เฒ่าผู้แก่สอนไว้",
    "สมาชิกผลัดกันมาทำงานที่ที่ทำการกลุ่มตามตารางที่ตกลงกันในที่ประชุม ใครถนัดงานใดก็รับงานนั้น",
    "ความรู้เรื่อง{skill}ถูกส่งต่อให้เยาวชนผ่านการอบรมที่จัดทุกช่วงปิดเทอม",
    "กลุ่มตั้งราคารับซื้อ{raw}จากสมาชิกไว้ล่วงหน้า สมาชิกจึงวางแผนการผลิตได้โดยไม่ต้องกลัวราคาตก",
    "นอกจาก{p0}แล้ว กลุ่มยังทดลองทำ{p1}เพื่อใช้วัตถุดิบให้คุ้มค่าและลดของเหลือทิ้ง",
]
STORY_MARKET = [
    "ลูกค้ากลุ่มแรกคือคนในตำบลเอง ต่อมาจึงขยายไปยังร้านค้าในตัวเมือง{changwat}และลูกค้าออนไลน์",
    "การไลฟ์ขายทางเพจทำให้ลูกค้าจากต่างจังหวัดรู้จักกลุ่มมากขึ้น และหลายคนกลับมาซื้อซ้ำทุกเดือน",
    "ทุกครั้งที่ส่งของ กลุ่มแนบเรื่องเล่าของผู้ผลิตไปด้วย ลูกค้าจึงรู้สึกใกล้ชิดกับหมู่บ้าน",
    "แผนธุรกิจของกลุ่มเขียนตามแคนวาสเก้าช่อง ดูได้ที่[หน้าแคนวาสของกลุ่ม]({canvas})",
    "ลูกค้าประจำได้สิทธิ์จองสินค้ารอบใหม่ก่อนใคร ทำให้กลุ่มรู้ปริมาณที่ต้องผลิตล่วงหน้า",
]
STORY_NETWORK_NET = [
    "กลุ่มเป็นสมาชิกของ[{netname}]({netlink}) ซึ่งช่วยให้ได้แลกเปลี่ยนความรู้และรวมกันขายในงานใหญ่",
    "การเข้าร่วม[{netname}]({netlink}) ทำให้กลุ่มได้เรียนรู้จากพี่น้องต่างอำเภอและวางแผนการตลาดร่วมกัน",
]
STORY_NETWORK_TRADE = [
    "กลุ่มซื้อขายกับ[{othername}]({otherlink})เป็นประจำ สินค้าไม่ต้องเดินทางไกลและเงินหมุนอยู่ในอำเภอ",
    "ความร่วมมือกับ[{othername}]({otherlink})ทำให้ทั้งสองกลุ่มมีวัตถุดิบและตลาดที่มั่นคงขึ้น",
]
STORY_NETWORK_PARTNER = [
    "[{partnername}]({partnerlink})เข้ามาช่วยเรื่องการตลาดและการทำบัญชีตั้งแต่ปีที่สองของกลุ่ม",
    "ทุกปีกลุ่มทบทวนแผนร่วมกับ[{partnername}]({partnerlink})และหน่วยงานในอำเภอ",
]
STORY_RESULTS = [
    "ผลที่เห็นชัดคือรายได้ของครัวเรือนสมาชิกเพิ่มขึ้นและหนี้นอกระบบลดลง สอดคล้องกับ[เป้าหมาย {sdg}]({sdglink})",
    "กลุ่มติดตามตัวชี้วัดทุกปี ทั้งผลผลิต ผลลัพธ์ และผลกระทบต่อสิ่งแวดล้อม ตามแนวทางของ[เป้าหมาย {sdg}]({sdglink})",
    "สมาชิกเข้าประชุมมากขึ้น กล้าพูดและกล้าตรวจสอบบัญชีของกลุ่ม ซึ่งเป็นผลลัพธ์ที่ทุกคนภูมิใจ",
    "พื้นที่ที่เคยใช้สารเคมีค่อย ๆ เปลี่ยนเป็นแปลงปลอดสาร ดินดีขึ้นและมีปลากลับมาในลำห้วย",
]
STORY_FUTURE = [
    "ในปีต่อไปกลุ่มตั้งใจชวนกลุ่มอื่นในอำเภอ{amphoe}มาวางแผนร่วมกันให้ครบวงจร ตั้งแต่ผลิต แปรรูป จนถึงขาย",
    "กลุ่มกำลังเขียนชุดความรู้ของตนเองตามแนวทางใน[ชุดความรู้แคนวาส]({klink}) เพื่อให้หมู่บ้านอื่นนำไปใช้",
    "เป้าหมายต่อไปคือให้คนรุ่นใหม่รับช่วงงานบริหาร โดยมีผู้ใหญ่เป็นพี่เลี้ยง",
    "กลุ่มวางแผนเพิ่มสวัสดิการให้สมาชิกสูงอายุจากกำไรส่วนหนึ่งของทุกปี",
]

# English stories for index.en.md.
EN_HISTORY = [
    "{name} began in {founded_ce} when a few households of {village_en} decided to pool their work after the rice harvest.",
    "Today the group has {members} members, most of them living in Moo {moo}, Tambon {tambon_en}, Amphoe {amphoe_en}, {changwat_en}.",
    "At first everyone sold alone, at prices set by middlemen; the group was the answer the village found together.",
    "The committee is elected by the members every two years and always includes women and young people.",
]
EN_PRODUCT = [
    "Its main product is {plink}, made from local {raw_en} in the way the elders taught.",
    "Members take turns at the workshop following a rota agreed at the monthly meeting.",
    "The group sets its buying price for members' produce in advance, so households can plan without fearing a price drop.",
]
EN_LINKS = [
    "The group belongs to [{netname_en}]({netlink}), where it learns from other districts and sells together at large fairs.",
    "It trades regularly with [{othername_en}]({otherlink}); goods travel short distances and the money stays in the district.",
    "[{partnername_en}]({partnerlink}) has helped with marketing and bookkeeping since the group's second year.",
]
EN_RESULTS = [
    "Member households earn more and owe less to informal lenders, in line with [SDG {sdg}]({sdglink}).",
    "The group reviews its indicators every year: outputs, outcomes and its impact on land and water.",
    "Its business plan follows the nine-step canvas: see [the group's canvas]({canvas}).",
]
