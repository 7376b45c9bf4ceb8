"""The words the demo's fiction is made of: officers, company and people names by source country,
industries, projects, cities and routes, notes, summaries. Data only — the generator
(`demo.generator`) draws from these tables; editing a table changes the fiction, not the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Officers of the demo: login, name, English name, role, office code.
OFFICERS: list[tuple[str, str, str, str, str]] = [
    ("kim.minji", "김민지", "Minji Kim", "admin", "HQ"),
    ("lee.seojun", "이서준", "Seojun Lee", "leader", "HQ"),
    ("park.jihoon", "박지훈", "Jihoon Park", "leader", "HQ"),
    ("choi.suyeon", "최수연", "Suyeon Choi", "officer", "HQ"),
    ("jung.haneul", "정하늘", "Haneul Jung", "officer", "HQ"),
    ("kang.doyoon", "강도윤", "Doyoon Kang", "officer", "HQ"),
    ("cho.yerin", "조예린", "Yerin Cho", "officer", "HQ"),
    ("yoon.hyunwoo", "윤현우", "Hyunwoo Yoon", "leader", "RHQ-DJ"),
    ("jang.eunseo", "장은서", "Eunseo Jang", "officer", "RHQ-DJ"),
    ("lim.sungmin", "임성민", "Sungmin Lim", "officer", "RHQ-CB"),
    ("han.yujin", "한유진", "Yujin Han", "officer", "RHQ-IC"),
    ("oh.taehee", "오태희", "Taehee Oh", "officer", "RHQ-GG"),
    ("seo.junho", "서준호", "Junho Seo", "leader", "RHQ-BS"),
    ("shin.daeun", "신다은", "Daeun Shin", "officer", "RHQ-UL"),
    ("kwon.seungwoo", "권승우", "Seungwoo Kwon", "officer", "RHQ-GN"),
    ("hwang.hyejin", "황혜진", "Hyejin Hwang", "officer", "RHQ-DG"),
    ("ahn.donghyun", "안동현", "Donghyun Ahn", "leader", "RHQ-GJ"),
    ("song.soyoung", "송소영", "Soyoung Song", "officer", "RHQ-JB"),
    ("ryu.jaewon", "류재원", "Jaewon Ryu", "officer", "RHQ-GW"),
    ("hong.nayeon", "홍나연", "Nayeon Hong", "officer", "RHQ-GGN"),
    ("moon.sanghoon", "문상훈", "Sanghoon Moon", "officer", "OV-NYC"),
    ("bae.jiyoung", "배지영", "Jiyoung Bae", "officer", "OV-FRA"),
    ("nam.youngho", "남영호", "Youngho Nam", "officer", "OV-TYO"),
    ("yoo.jimin", "유지민", "Jimin Yoo", "viewer", "HQ"),
    ("baek.minseo", "백민서", "Minseo Baek", "viewer", "RHQ-DJ"),
]

# Korean names for further officers (larger scales) and for provincial officials on delegations.
KO_SURNAMES: list[tuple[str, str]] = [
    ("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
    ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
    ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
    ("류", "Ryu"), ("홍", "Hong"), ("전", "Jeon"), ("고", "Ko"), ("문", "Moon"), ("양", "Yang"),
]  # fmt: skip
KO_GIVEN: list[tuple[str, str]] = [
    ("민준", "Minjun"), ("서연", "Seoyeon"), ("지호", "Jiho"), ("하은", "Haeun"), ("도현", "Dohyun"),
    ("수빈", "Subin"), ("예준", "Yejun"), ("지우", "Jiwoo"), ("건우", "Geonwoo"), ("채원", "Chaewon"),
    ("현준", "Hyunjun"), ("민서", "Minseo"), ("우진", "Woojin"), ("지아", "Jia"), ("성호", "Sungho"),
    ("미경", "Mikyung"), ("정훈", "Junghoon"), ("혜원", "Hyewon"), ("상우", "Sangwoo"), ("은지", "Eunji"),
    ("영수", "Youngsoo"), ("경민", "Kyungmin"), ("태준", "Taejun"), ("소희", "Sohee"),
]  # fmt: skip


@dataclass(frozen=True)
class CountryProfile:
    """How companies and people of one source country look: name parts, legal forms, phones."""

    weight: int  # share of Korea's FDI pipeline, roughly
    tld: str
    calling: str  # E.164 country calling code
    digits: int  # national significant number length
    forms: tuple[str, ...]  # legal forms
    heads: tuple[tuple[str, str], ...]  # name stem heads (original, Hangul)
    tails: tuple[tuple[str, str], ...]  # name stem tails; "" keeps the head alone
    people: str  # key into PEOPLE
    favoured: tuple[str, ...] = ()  # industries the country is strong in


def _p(*pairs: str) -> tuple[tuple[str, str], ...]:
    """Pairs from a flat "original", "한글", … list: keeps the tables below compact."""
    return tuple(zip(pairs[::2], pairs[1::2], strict=True))


COUNTRIES: dict[str, CountryProfile] = {
    "US": CountryProfile(
        18, "com", "1", 10, ("Inc.", "Corp.", "LLC"),
        _p("Bay", "베이", "Red", "레드", "Clear", "클리어", "Stone", "스톤", "Silver", "실버", "North", "노스",
           "West", "웨스트", "Oak", "오크", "Pine", "파인", "Iron", "아이언", "Blue", "블루", "Cedar", "시더"),
        _p("view", "뷰", "wood", "우드", "ridge", "리지", "field", "필드", "point", "포인트", "gate", "게이트",
           "brook", "브룩", "line", "라인", "", ""),
        "en", ("AI", "SEMI", "BIO", "DIGITAL", "AERO"),
    ),
    "JP": CountryProfile(
        14, "co.jp", "81", 10, ("K.K.", "Corporation", "Co., Ltd."),
        _p("Kan", "간", "Hoku", "호쿠", "Shin", "신", "Taka", "다카", "Yama", "야마", "Asa", "아사", "Mina", "미나",
           "Toku", "도쿠", "Sakura", "사쿠라", "Fuji", "후지", "Setou", "세토우", "Kita", "기타"),
        _p("sai", "사이", "riku", "리쿠", "ei", "에이", "hara", "하라", "kawa", "카와", "mori", "모리",
           "zawa", "자와", "moto", "모토", "chi", "치"),
        "jp", ("SEMI", "DISPLAY", "BATTERY", "ROBOT", "MOBILITY"),
    ),
    "DE": CountryProfile(
        9, "de", "49", 11, ("GmbH", "AG", "SE", "GmbH & Co. KG"),
        _p("Hanse", "한제", "Rhein", "라인", "Isar", "이자르", "Elb", "엘프", "Schwarz", "슈바르츠", "Falken", "팔켄",
           "Stein", "슈타인", "Linden", "린덴", "Weser", "베저", "Adler", "아들러", "Hanseatic", "한자"),
        _p("", "", "werk", "베르크", "tal", "탈", "berg", "베르크", "feld", "펠트", "burg", "부르크", "hof", "호프"),
        "de", ("MOBILITY", "HYDROGEN", "BIO", "ROBOT", "ENERGY"),
    ),
    "FR": CountryProfile(
        5, "fr", "33", 9, ("SA", "SAS"),
        _p("Lumi", "뤼미", "Azur", "아쥐르", "Garonne", "가론", "Vauban", "보방", "Belle", "벨", "Loire", "루아르",
           "Mont", "몽", "Rive", "리브"),
        _p("", "", "ère", "에르", "val", "발", "ance", "앙스", "ine", "인"),
        "fr", ("AERO", "BIO", "ENERGY", "DIGITAL"),
    ),
    "GB": CountryProfile(
        5, "co.uk", "44", 10, ("plc", "Ltd"),
        _p("Thames", "템스", "Albion", "앨비언", "Kings", "킹스", "Wex", "웩스", "Ash", "애시", "Brad", "브래드",
           "Mercia", "머시아", "Pen", "펜", "Hart", "하트"),
        _p("", "", "ford", "퍼드", "bury", "버리", "wick", "윅", "ton", "턴", "ley", "리"),
        "en", ("BIO", "AI", "AERO", "DIGITAL", "ENERGY"),
    ),
    "NL": CountryProfile(
        5, "nl", "31", 9, ("B.V.", "N.V."),
        _p("Delta", "델타", "Zuider", "자위더르", "Oranje", "오라녀", "Maas", "마스", "Dijk", "데이크",
           "Veld", "펠트", "Holland", "홀란트"),
        _p("", "", "stad", "스타트", "haven", "하번", "dam", "담", "meer", "메이르"),
        "nl", ("SEMI", "LOGISTICS", "ENERGY", "HYDROGEN"),
    ),
    "CH": CountryProfile(
        4, "ch", "41", 9, ("AG", "SA"),
        _p("Helvet", "헬베트", "Alpin", "알핀", "Rigi", "리기", "Säntis", "센티스", "Aare", "아레", "Jura", "쥐라",
           "Limmat", "리마트"),
        _p("", "", "ica", "이카", "tec", "텍", "gen", "젠", "wil", "빌"),
        "de", ("BIO", "ROBOT", "SEMI"),
    ),
    "SE": CountryProfile(
        3, "se", "46", 9, ("AB",),
        _p("Nor", "노르", "Skar", "스카르", "Ljung", "융", "Vall", "발", "Fjäll", "피엘", "Björk", "비에르크",
           "Sol", "솔", "Stor", "스토르"),
        _p("vik", "빅", "holm", "홀름", "by", "뷔", "en", "엔", "ström", "스트룀", "berg", "베리", "lund", "룬드"),
        "nordic", ("ROBOT", "BATTERY", "MOBILITY", "DIGITAL"),
    ),
    "DK": CountryProfile(
        3, "dk", "45", 8, ("A/S", "ApS"),
        _p("Øre", "외레", "Fyn", "퓐", "Kron", "크론", "Hav", "하우", "Lyng", "륑", "Skov", "스코우"),
        _p("", "", "borg", "보르", "gaard", "고르", "sund", "순", "bæk", "벡"),
        "nordic", ("ENERGY", "BIO", "SHIP", "ROBOT"),
    ),
    "NO": CountryProfile(
        2, "no", "47", 8, ("AS", "ASA"),
        _p("Fjord", "피오르", "Nord", "노르", "Trolls", "트롤스", "Sjø", "셰", "Vest", "베스트"),
        _p("", "", "heim", "하임", "vik", "빅", "nes", "네스", "dal", "달"),
        "nordic", ("SHIP", "HYDROGEN", "ENERGY"),
    ),
    "FI": CountryProfile(
        2, "fi", "358", 9, ("Oy", "Oyj"),
        _p("Saima", "사이마", "Lumo", "루모", "Kaski", "카스키", "Revon", "레본", "Tapio", "타피오"),
        _p("", "", "la", "라", "nen", "넨", "tek", "텍"),
        "nordic", ("BATTERY", "DIGITAL", "AI"),
    ),
    "BE": CountryProfile(
        3, "be", "32", 9, ("NV", "SA", "BV"),
        _p("Meuse", "뫼즈", "Schelde", "스헬더", "Brabant", "브라반트", "Ardenne", "아르덴", "Flandria", "플란드리아"),
        _p("", "", "gen", "헌", "val", "발"),
        "nl", ("BIO", "LOGISTICS", "HYDROGEN"),
    ),
    "IT": CountryProfile(
        2, "it", "39", 10, ("S.p.A.", "S.r.l."),
        _p("Adria", "아드리아", "Tosca", "토스카", "Vesu", "베수", "Dolo", "돌로", "Lombar", "롬바르", "Po", "포"),
        _p("", "", "na", "나", "tech", "테크", "via", "비아", "lia", "리아"),
        "it", ("ROBOT", "MOBILITY", "AERO", "BIO"),
    ),
    "ES": CountryProfile(
        2, "es", "34", 9, ("S.A.", "S.L."),
        _p("Iber", "이베르", "Sierra", "시에라", "Costa", "코스타", "Tajo", "타호", "Mira", "미라", "Sol", "솔"),
        _p("", "", "mar", "마르", "via", "비아", "ica", "이카", "tec", "텍"),
        "es", ("ENERGY", "HYDROGEN", "LOGISTICS"),
    ),
    "AT": CountryProfile(
        1, "at", "43", 10, ("GmbH", "AG"),
        _p("Donau", "도나우", "Alpen", "알펜", "Tauern", "타우어른", "Inn", "인"),
        _p("", "", "tal", "탈", "werk", "베르크", "stein", "슈타인"),
        "de", ("SEMI", "MOBILITY", "HYDROGEN"),
    ),
    "IE": CountryProfile(
        1, "ie", "353", 9, ("Ltd", "DAC"),
        _p("Liffey", "리피", "Shannon", "섀넌", "Clare", "클레어", "Kil", "킬", "Bally", "밸리"),
        _p("", "", "more", "모어", "dare", "데어", "gan", "건"),
        "en", ("BIO", "DIGITAL", "AI"),
    ),
    "CA": CountryProfile(
        3, "ca", "1", 10, ("Inc.", "Ltd."),
        _p("Maple", "메이플", "North", "노스", "Laurent", "로랑", "Boreal", "보리얼", "Fraser", "프레이저",
           "Tundra", "툰드라"),
        _p("", "", "field", "필드", "view", "뷰", "gate", "게이트", "shore", "쇼어"),
        "en", ("AI", "BATTERY", "AERO", "ENERGY"),
    ),
    "AU": CountryProfile(
        2, "com.au", "61", 9, ("Pty Ltd", "Ltd"),
        _p("Southern", "서던", "Coral", "코럴", "Murray", "머리", "Outback", "아웃백", "Harbour", "하버",
           "Eucalypt", "유칼립트"),
        _p("", "", "field", "필드", "vale", "베일", "stone", "스톤"),
        "en", ("BATTERY", "HYDROGEN", "ENERGY"),
    ),
    "SG": CountryProfile(
        6, "com.sg", "65", 8, ("Pte. Ltd.",),
        _p("Merlion", "머라이언", "Lion", "라이언", "Strait", "스트레이트", "Orchid", "오키드", "Marina", "마리나",
           "Sentosa", "센토사"),
        _p("", "", "bay", "베이", "point", "포인트", "link", "링크", "gate", "게이트"),
        "sg", ("LOGISTICS", "BIO", "DIGITAL", "AI"),
    ),
    "CN": CountryProfile(
        6, "com.cn", "86", 11, ("Co., Ltd.", "Group Co., Ltd."),
        _p("Hua", "화", "Zhong", "중", "Jin", "진", "Tian", "톈", "Hai", "하이", "Long", "룽", "Xin", "신",
           "Kai", "카이"),
        _p("xin", "신", "tai", "타이", "feng", "펑", "rui", "루이", "da", "다", "cheng", "청", "yuan", "위안",
           "hong", "훙"),
        "zh", ("BATTERY", "DISPLAY", "MOBILITY", "ENERGY"),
    ),
    "TW": CountryProfile(
        3, "com.tw", "886", 9, ("Corp.", "Co., Ltd.", "Inc."),
        _p("Formo", "포르모", "Yu", "위", "Tai", "타이", "Chang", "창", "Hsin", "신", "Kuo", "궈"),
        _p("", "", "sheng", "성", "tek", "텍", "lien", "롄", "hua", "화", "wan", "완"),
        "zh", ("SEMI", "DISPLAY", "AI"),
    ),
    "IN": CountryProfile(
        2, "in", "91", 10, ("Ltd.", "Pvt. Ltd."),
        _p("Indra", "인드라", "Ganga", "강가", "Deccan", "데칸", "Surya", "수리야", "Veda", "베다", "Kaveri", "카베리"),
        _p("", "", "tech", "테크", "jyoti", "죠티", "shakti", "샥티"),
        "in", ("DIGITAL", "AI", "BIO"),
    ),
    "AE": CountryProfile(
        2, "ae", "971", 9, ("LLC", "PJSC"),
        _p("Al Noor", "알누르", "Gulf", "걸프", "Falcon", "팰컨", "Oasis", "오아시스", "Dune", "듄"),
        _p("", "", "star", "스타", "gate", "게이트"),
        "ar", ("HYDROGEN", "ENERGY", "LOGISTICS", "AI"),
    ),
    "IL": CountryProfile(
        2, "co.il", "972", 9, ("Ltd.",),
        _p("Carmel", "카르멜", "Negev", "네게브", "Galil", "갈릴", "Arava", "아라바", "Yarden", "야르덴"),
        _p("", "", "tech", "테크", "ix", "익스", "on", "온"),
        "he", ("AI", "SEMI", "BIO", "MOBILITY"),
    ),
}  # fmt: skip

# First names, family names (original, Hangul) and how Korean writes the pair.
PEOPLE: dict[str, tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...], bool]] = {
    "en": (
        _p("James", "제임스", "Emily", "에밀리", "Michael", "마이클", "Sarah", "세라", "David", "데이비드",
           "Jennifer", "제니퍼", "Robert", "로버트", "Laura", "로라", "Daniel", "대니얼", "Rachel", "레이철",
           "Andrew", "앤드루", "Megan", "메건", "Thomas", "토머스", "Olivia", "올리비아", "Hannah", "해나"),
        _p("Smith", "스미스", "Johnson", "존슨", "Miller", "밀러", "Carter", "카터", "Hughes", "휴스",
           "Walker", "워커", "Bennett", "베넷", "Collins", "콜린스", "Morgan", "모건", "Reed", "리드",
           "Foster", "포스터", "Hayes", "헤이스", "Brooks", "브룩스", "Sullivan", "설리번"),
        False,
    ),
    "de": (
        _p("Lukas", "루카스", "Anna", "아나", "Felix", "펠릭스", "Katharina", "카타리나", "Jonas", "요나스",
           "Sophie", "조피", "Matthias", "마티아스", "Julia", "율리아", "Stefan", "슈테판", "Lena", "레나",
           "Tobias", "토비아스", "Claudia", "클라우디아"),
        _p("Müller", "뮐러", "Schmidt", "슈미트", "Schneider", "슈나이더", "Fischer", "피셔", "Weber", "베버",
           "Wagner", "바그너", "Becker", "베커", "Hoffmann", "호프만", "Schäfer", "셰퍼", "Koch", "코흐",
           "Richter", "리히터", "Braun", "브라운"),
        False,
    ),
    "fr": (
        _p("Camille", "카미유", "Louis", "루이", "Claire", "클레르", "Antoine", "앙투안", "Juliette", "쥘리에트",
           "Nicolas", "니콜라", "Élodie", "엘로디", "Mathieu", "마티외", "Chloé", "클로에", "Julien", "쥘리앵"),
        _p("Martin", "마르탱", "Bernard", "베르나르", "Dubois", "뒤부아", "Moreau", "모로", "Laurent", "로랑",
           "Lefèvre", "르페브르", "Girard", "지라르", "Fontaine", "퐁텐", "Rousseau", "루소", "Mercier", "메르시에"),
        False,
    ),
    "nl": (
        _p("Daan", "단", "Sanne", "산너", "Bram", "브람", "Eva", "에바", "Jeroen", "예룬", "Lotte", "로터",
           "Pieter", "피터르", "Femke", "펨커", "Thijs", "테이스", "Anouk", "아누크"),
        _p("de Jong", "더용", "Jansen", "얀선", "de Vries", "더프리스", "van Dijk", "판데이크", "Bakker", "바커르",
           "Visser", "피서르", "Smit", "스밋", "Meijer", "메이어르", "Mulder", "뮐더르", "Peeters", "페이터르스"),
        False,
    ),
    "nordic": (
        _p("Erik", "에리크", "Ingrid", "잉리드", "Lars", "라르스", "Astrid", "아스트리드", "Mikkel", "미켈",
           "Freja", "프레이아", "Johan", "요한", "Sofia", "소피아", "Anders", "안데르스", "Maja", "마야",
           "Henrik", "헨리크", "Elin", "엘린"),
        _p("Andersson", "안데르손", "Johansson", "요한손", "Nielsen", "닐센", "Larsen", "라르센",
           "Lindqvist", "린드크비스트", "Berg", "베리", "Hansen", "한센", "Dahl", "달", "Nyström", "뉘스트룀",
           "Virtanen", "비르타넨", "Korhonen", "코르호넨", "Haugen", "하우겐"),
        False,
    ),
    "jp": (
        _p("Hiroshi", "히로시", "Yuki", "유키", "Takeshi", "다케시", "Haruka", "하루카", "Kenji", "겐지",
           "Aiko", "아이코", "Daisuke", "다이스케", "Naoko", "나오코", "Shota", "쇼타", "Misaki", "미사키",
           "Ryo", "료", "Emi", "에미"),
        _p("Sato", "사토", "Suzuki", "스즈키", "Takahashi", "다카하시", "Tanaka", "다나카", "Watanabe", "와타나베",
           "Ito", "이토", "Nakamura", "나카무라", "Kobayashi", "고바야시", "Yamamoto", "야마모토", "Kato", "가토",
           "Yoshida", "요시다", "Matsumoto", "마쓰모토"),
        True,
    ),
    "zh": (
        _p("Wei", "웨이", "Fang", "팡", "Jun", "쥔", "Li", "리", "Hao", "하오", "Xiaoling", "샤오링", "Ming", "밍",
           "Yan", "옌", "Jie", "제", "Lei", "레이", "Hui", "후이", "Yu", "위"),
        _p("Zhang", "장", "Wang", "왕", "Li", "리", "Liu", "류", "Chen", "천", "Yang", "양", "Huang", "황",
           "Zhao", "자오", "Wu", "우", "Zhou", "저우", "Lin", "린", "Xu", "쉬"),
        True,
    ),
    "sg": (
        _p("Daniel", "대니얼", "Rachel", "레이철", "Marcus", "마커스", "Grace", "그레이스", "Jonathan", "조너선",
           "Michelle", "미셸", "Benjamin", "벤저민", "Joanne", "조앤", "Kelvin", "켈빈", "Serene", "서린"),
        _p("Tan", "탄", "Lim", "림", "Ng", "응", "Goh", "고", "Wong", "웡", "Teo", "테오", "Chua", "추아", "Koh", "코"),
        False,
    ),
    "in": (
        _p("Arjun", "아르준", "Priya", "프리야", "Rahul", "라훌", "Ananya", "아난야", "Vikram", "비크람",
           "Deepa", "디파", "Sanjay", "산제이", "Kavya", "카비야", "Rohan", "로한", "Meera", "미라"),
        _p("Sharma", "샤르마", "Patel", "파텔", "Iyer", "아이어", "Reddy", "레디", "Gupta", "굽타", "Nair", "나이르",
           "Mehta", "메타", "Rao", "라오", "Kapoor", "카푸르", "Singh", "싱"),
        False,
    ),
    "ar": (
        _p("Omar", "오마르", "Fatima", "파티마", "Khalid", "칼리드", "Aisha", "아이샤", "Ahmed", "아흐메드",
           "Mariam", "마리암", "Yousef", "유세프", "Noura", "누라", "Hamad", "하마드", "Layla", "라일라"),
        _p("Al Mansouri", "알만수리", "Al Hashimi", "알하시미", "Al Nuaimi", "알누아이미", "Al Suwaidi", "알수와이디",
           "Al Mazrouei", "알마즈루이", "Al Dhaheri", "알다헤리", "Al Falasi", "알팔라시", "Al Ketbi", "알케트비"),
        False,
    ),
    "he": (
        _p("Noa", "노아", "Yossi", "요시", "Tamar", "타마르", "Avi", "아비", "Shira", "시라", "Eitan", "에이탄",
           "Maya", "마야", "Oren", "오렌", "Yael", "야엘", "Ido", "이도"),
        _p("Cohen", "코헨", "Levi", "레비", "Mizrahi", "미즈라히", "Peretz", "페레츠", "Biton", "비톤",
           "Friedman", "프리드먼", "Katz", "카츠", "Shapiro", "샤피로", "Ben-David", "벤다비드", "Goldberg", "골드버그"),
        False,
    ),
    "it": (
        _p("Marco", "마르코", "Giulia", "줄리아", "Luca", "루카", "Francesca", "프란체스카", "Alessandro", "알레산드로",
           "Chiara", "키아라", "Matteo", "마테오", "Sara", "사라", "Davide", "다비데", "Elena", "엘레나"),
        _p("Rossi", "로시", "Russo", "루소", "Ferrari", "페라리", "Esposito", "에스포지토", "Bianchi", "비안키",
           "Romano", "로마노", "Colombo", "콜롬보", "Ricci", "리치", "Marino", "마리노", "Greco", "그레코"),
        False,
    ),
    "es": (
        _p("Javier", "하비에르", "Lucía", "루시아", "Carlos", "카를로스", "María", "마리아", "Pablo", "파블로",
           "Elena", "엘레나", "Alejandro", "알레한드로", "Carmen", "카르멘", "Diego", "디에고", "Marta", "마르타"),
        _p("García", "가르시아", "Fernández", "페르난데스", "López", "로페스", "Martínez", "마르티네스",
           "Sánchez", "산체스", "Romero", "로메로", "Navarro", "나바로", "Torres", "토레스", "Ruiz", "루이스",
           "Ortega", "오르테가"),
        False,
    ),
}  # fmt: skip

# Industry code -> words a company of that industry puts after its stem (original, Hangul).
INDUSTRY_WORDS: dict[str, tuple[tuple[str, str], ...]] = {
    "ROBOT": _p("Robotics", "로보틱스", "Automation", "오토메이션", "Motion Systems", "모션 시스템즈",
                "Precision Motors", "프리시전 모터스", "Cobotics", "코보틱스"),
    "AI": _p("AI", "AI", "Intelligence", "인텔리전스", "Analytics", "애널리틱스", "Cognitive Systems",
             "코그니티브 시스템즈", "Data Labs", "데이터 랩스"),
    "BIO": _p("BioPharma", "바이오파마", "Biologics", "바이오로직스", "Therapeutics", "테라퓨틱스",
              "Life Sciences", "라이프사이언스", "Pharma", "파마", "Biotech", "바이오텍"),
    "BATTERY": _p("Battery Materials", "배터리 머티리얼즈", "Energy Storage", "에너지 스토리지",
                  "Cell Technologies", "셀 테크놀로지스", "Lithium", "리튬", "Electrochem", "일렉트로켐"),
    "SEMI": _p("Semiconductor", "세미컨덕터", "Microsystems", "마이크로시스템즈", "Wafer Technologies",
               "웨이퍼 테크놀로지스", "Photonics", "포토닉스", "Specialty Gases", "스페셜티 가스"),
    "HYDROGEN": _p("Hydrogen", "하이드로젠", "H2 Systems", "H2 시스템즈", "Fuel Cells", "퓨얼셀",
                   "Electrolysis", "일렉트롤리시스", "Clean Gas", "클린가스"),
    "AERO": _p("Aerospace", "에어로스페이스", "Avionics", "에이비오닉스", "Aerostructures", "에어로스트럭처스",
               "Space Systems", "스페이스 시스템즈", "Propulsion", "프로펄전"),
    "MOBILITY": _p("Mobility", "모빌리티", "Automotive", "오토모티브", "E-Drive", "이드라이브",
                   "Autonomous Systems", "오토노머스 시스템즈", "Motors", "모터스"),
    "DISPLAY": _p("Display Materials", "디스플레이 머티리얼즈", "Optics", "옵틱스", "Photonic Films",
                  "포토닉 필름스", "Glass Technologies", "글라스 테크놀로지스"),
    "SHIP": _p("Marine", "마린", "Offshore", "오프쇼어", "Maritime Engineering", "마리타임 엔지니어링",
               "Ship Systems", "십 시스템즈", "Subsea", "서브시"),
    "DIGITAL": _p("Studios", "스튜디오", "Interactive", "인터랙티브", "Media", "미디어", "Games", "게임즈",
                  "Digital", "디지털"),
    "ENERGY": _p("Renewables", "리뉴어블스", "Wind Power", "윈드파워", "Solar", "솔라", "Green Energy",
                 "그린에너지", "Grid Solutions", "그리드 솔루션즈"),
    "LOGISTICS": _p("Logistics", "로지스틱스", "Freight", "프레이트", "Supply Chain", "서플라이체인",
                    "Cold Chain", "콜드체인", "Cargo", "카고"),
}  # fmt: skip
GENERIC_WORDS = _p("Industries", "인더스트리즈", "Technologies", "테크놀로지스")  # for admin-added industries

# Extra words that keep names unique at 100k investors ("Norvik Robotics Nordic AB").
QUALIFIERS = _p("Global", "글로벌", "International", "인터내셔널", "Holdings", "홀딩스", "Group", "그룹",
                "Technologies", "테크놀로지스", "Systems", "시스템즈", "Solutions", "솔루션즈", "Asia", "아시아",
                "Advanced", "어드밴스드", "Innovations", "이노베이션즈", "Labs", "랩스", "Industries", "인더스트리즈")  # fmt: skip

# Industry code -> pipeline weight, short Korean / English label (titles), tag.
INDUSTRY_INFO: dict[str, tuple[int, str, str, str]] = {
    "ROBOT": (8, "로봇", "Robotics", "robot"),
    "AI": (10, "AI", "AI", "ai"),
    "BIO": (14, "제약·바이오", "Pharma-Bio", "bio"),
    "BATTERY": (10, "이차전지", "Secondary Battery", "battery"),
    "SEMI": (12, "반도체", "Semiconductor", "semiconductor"),
    "HYDROGEN": (6, "수소", "Hydrogen", "hydrogen"),
    "AERO": (5, "항공우주", "Aerospace", "aerospace"),
    "MOBILITY": (9, "미래모빌리티", "Future Mobility", "mobility"),
    "DISPLAY": (4, "디스플레이", "Display", "display"),
    "SHIP": (5, "조선·해양", "Shipbuilding & Offshore", "shipbuilding"),
    "DIGITAL": (6, "디지털콘텐츠", "Digital Content", "content"),
    "ENERGY": (6, "신재생에너지", "Renewable Energy", "renewables"),
    "LOGISTICS": (5, "물류", "Logistics", "logistics"),
}
# Two industries a province promotes together, and how the title calls the pair.
INDUSTRY_PAIRS: dict[tuple[str, str], tuple[str, str]] = {
    ("AI", "ROBOT"): ("AI·로봇", "AI & Robotics"),
    ("BATTERY", "HYDROGEN"): ("이차전지·수소", "Battery & Hydrogen"),
    ("AI", "SEMI"): ("AI·반도체", "AI & Semiconductor"),
}

# What a project of an industry builds (Korean, for titles).
PROJECT_NOUNS: dict[str, tuple[str, ...]] = {
    "ROBOT": ("협동로봇 생산공장", "로봇 감속기 공장", "로봇 R&D센터", "물류로봇 조립라인"),
    "AI": ("AI 데이터센터", "AI R&D센터", "AI 반도체 설계센터", "생성형 AI 아시아 거점"),
    "BIO": ("바이오의약품 CDMO 공장", "세포·유전자치료제 연구소", "백신 충전 라인", "임상시험 센터"),
    "BATTERY": ("양극재 공장", "전해액 공장", "배터리 리사이클링 공장", "분리막 공장"),
    "SEMI": ("반도체 소재 공장", "반도체 장비 R&D센터", "특수가스 공장", "패키징 테스트 라인"),
    "HYDROGEN": ("수전해 설비 공장", "연료전지 부품 공장", "액화수소 플랜트", "수소충전 설비 공장"),
    "AERO": ("항공기 부품 MRO센터", "위성 부품 공장", "UAM 기체 조립공장", "항공 엔진부품 공장"),
    "MOBILITY": ("전기차 부품 공장", "자율주행 R&D센터", "구동모터 공장", "차량용 반도체 모듈 공장"),
    "DISPLAY": ("OLED 소재 공장", "디스플레이 장비 공장", "광학필름 공장"),
    "SHIP": ("LNG 화물창 기자재 공장", "해양플랜트 엔지니어링센터", "친환경 선박엔진 부품 공장"),
    "DIGITAL": ("게임 개발 스튜디오", "콘텐츠 아시아 허브", "VFX 스튜디오"),
    "ENERGY": ("해상풍력 하부구조물 공장", "태양광 모듈 공장", "ESS 통합 센터"),
    "LOGISTICS": ("물류센터", "콜드체인 허브", "항공화물 터미널"),
}
PROJECT_VERB = {"greenfield": "신설", "expansion": "증설", "mna": "지분 인수"}

CODE_NAMES = ("Aurora", "Borealis", "Cobalt", "Falcon", "Ginkgo", "Halcyon", "Kestrel", "Magpie", "Nimbus",
              "Orion", "Pinecone", "Quartz", "Sirius", "Tundra", "Vega", "Zephyr", "Atlas", "Beacon",
              "Cypress", "Everest", "Juniper", "Lotus", "Meridian", "Polaris")  # fmt: skip
LOST_REASONS = (
    "경쟁국(베트남) 인센티브 조건이 더 유리해 투자처 변경",
    "본사 투자계획 전면 보류 (글로벌 수요 둔화)",
    "후보 부지 확보 지연으로 일정 내 착공 불가",
    "숙련 인력 수급 우려로 미국 텍사스 공장 증설로 결정",
    "환율 변동 및 본사 구조조정으로 프로젝트 취소",
    "현금지원 규모에 대한 이견 해소 실패",
    "모회사 인수합병으로 아시아 전략 재검토",
)

# Pipeline stage -> weight among projects, win probability (percent).
STAGES: dict[str, tuple[int, int]] = {
    "LEAD": (14, 10), "CONTACT": (13, 15), "MEETING": (14, 25), "SITE_VISIT": (9, 40),
    "INCENTIVE": (7, 55), "MOU": (6, 75), "NOTIFIED": (10, 90), "ARRIVED": (8, 100),
    "AFTERCARE": (6, 100), "ON_HOLD": (6, 10), "LOST": (7, 0),
}  # fmt: skip

# Delegation destinations: key -> city, Korean, country, IANA zone, venues.
CITIES: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "NYC": ("New York", "뉴욕", "US", "America/New_York", ("KOTRA 뉴욕무역관 세미나실", "Lotte New York Palace")),
    "BOS": ("Boston", "보스턴", "US", "America/New_York", ("Cambridge Innovation Center", "Boston Marriott Copley")),
    "DTW": ("Detroit", "디트로이트", "US", "America/Detroit", ("Detroit Marriott Renaissance", "TechTown Detroit")),
    "HOU": ("Houston", "휴스턴", "US", "America/Chicago", ("Hilton Americas-Houston", "Houston Energy Center")),
    "SJC": ("San Jose", "새너제이", "US", "America/Los_Angeles", ("KOTRA 실리콘밸리무역관", "Signia by Hilton")),
    "SFO": ("San Francisco", "샌프란시스코", "US", "America/Los_Angeles", ("Fairmont San Francisco", "Mission Bay")),
    "SAN": (
        "San Diego",
        "샌디에이고",
        "US",
        "America/Los_Angeles",
        ("Torrey Pines Science Park", "Hotel del Coronado"),
    ),
    "SEA": ("Seattle", "시애틀", "US", "America/Los_Angeles", ("Seattle Westin", "South Lake Union Campus")),
    "LAX": ("Los Angeles", "로스앤젤레스", "US", "America/Los_Angeles", ("Wilshire Grand Center", "Culver Studios")),
    "TOR": ("Toronto", "토론토", "CA", "America/Toronto", ("MaRS Discovery District", "Fairmont Royal York")),
    "MTL": ("Montreal", "몬트리올", "CA", "America/Toronto", ("Palais des congrès", "Mirabel Aerospace Park")),
    "TYO": ("Tokyo", "도쿄", "JP", "Asia/Tokyo", ("Hotel Okura Tokyo", "KOTRA 도쿄무역관 세미나실")),
    "OSA": ("Osaka", "오사카", "JP", "Asia/Tokyo", ("Grand Front Osaka", "Rihga Royal Hotel Osaka")),
    "NGO": ("Nagoya", "나고야", "JP", "Asia/Tokyo", ("Nagoya Marriott Associa", "Chubu Industrial Park")),
    "FRA": ("Frankfurt", "프랑크푸르트", "DE", "Europe/Berlin", ("KOTRA 프랑크푸르트무역관", "Frankfurt Marriott")),
    "MUC": ("Munich", "뮌헨", "DE", "Europe/Berlin", ("Hotel Bayerischer Hof", "Garching Research Campus")),
    "BER": ("Berlin", "베를린", "DE", "Europe/Berlin", ("Hotel Adlon Kempinski", "Adlershof Technology Park")),
    "HAM": ("Hamburg", "함부르크", "DE", "Europe/Berlin", ("Hamburg Messe", "HafenCity Business Centre")),
    "STR": ("Stuttgart", "슈투트가르트", "DE", "Europe/Berlin", ("Hotel Schlossgarten", "Stuttgart Engineering Park")),
    "ZRH": ("Zurich", "취리히", "CH", "Europe/Zurich", ("Baur au Lac", "Zurich Technopark")),
    "BSL": ("Basel", "바젤", "CH", "Europe/Zurich", ("Switzerland Innovation Park Basel", "Les Trois Rois")),
    "BRU": ("Brussels", "브뤼셀", "BE", "Europe/Brussels", ("Korea Cultural Centre Brussels", "BioPark Charleroi")),
    "LON": ("London", "런던", "GB", "Europe/London", ("KOTRA 런던무역관", "The Savoy")),
    "PAR": ("Paris", "파리", "FR", "Europe/Paris", ("Station F", "Hôtel Le Bristol")),
    "TLS": ("Toulouse", "툴루즈", "FR", "Europe/Paris", ("Aerospace Valley", "Pullman Toulouse Centre")),
    "AMS": ("Amsterdam", "암스테르담", "NL", "Europe/Amsterdam", ("Amsterdam Science Park", "Hotel Okura Amsterdam")),
    "EIN": ("Eindhoven", "에인트호번", "NL", "Europe/Amsterdam", ("High Tech Campus Eindhoven", "Pullman Cocagne")),
    "STO": ("Stockholm", "스톡홀름", "SE", "Europe/Stockholm", ("Kista Science City", "Grand Hôtel Stockholm")),
    "CPH": ("Copenhagen", "코펜하겐", "DK", "Europe/Copenhagen", ("COBIS Science Park", "Hotel d'Angleterre")),
    "OSL": ("Oslo", "오슬로", "NO", "Europe/Oslo", ("Oslo Science Park", "Grand Hotel Oslo")),
    "HEL": ("Helsinki", "헬싱키", "FI", "Europe/Helsinki", ("Otaniemi Campus", "Hotel Kämp")),
    "MIL": ("Milan", "밀라노", "IT", "Europe/Rome", ("Kilometro Rosso", "Palazzo Parigi")),
    "MAD": ("Madrid", "마드리드", "ES", "Europe/Madrid", ("IFEMA Madrid", "Hotel Villa Magna")),
    "SIN": ("Singapore", "싱가포르", "SG", "Asia/Singapore", ("KOTRA 싱가포르무역관", "Marina Bay Sands Expo")),
    "TPE": ("Taipei", "타이베이", "TW", "Asia/Taipei", ("Taipei Nangang Exhibition Center", "Grand Hyatt Taipei")),
    "SHA": ("Shanghai", "상하이", "CN", "Asia/Shanghai", ("Zhangjiang Hi-Tech Park", "Peninsula Shanghai")),
    "SZX": ("Shenzhen", "선전", "CN", "Asia/Shanghai", ("Shenzhen Bay Tech Park", "Futian Shangri-La")),
    "BLR": ("Bengaluru", "벵갈루루", "IN", "Asia/Kolkata", ("Electronic City", "Taj West End")),
    "DXB": ("Dubai", "두바이", "AE", "Asia/Dubai", ("Dubai World Trade Centre", "Jumeirah Emirates Towers")),
    "AUH": ("Abu Dhabi", "아부다비", "AE", "Asia/Dubai", ("Masdar City", "Emirates Palace")),
    "TLV": ("Tel Aviv", "텔아비브", "IL", "Asia/Jerusalem", ("Tel Aviv Innovation Center", "The Norman")),
    "SYD": ("Sydney", "시드니", "AU", "Australia/Sydney", ("International Convention Centre Sydney", "Tech Central")),
}
# Industry -> routes (city keys) its delegations fly; the first city is the first stop.
ROUTES: dict[str, tuple[tuple[str, ...], ...]] = {
    "ROBOT": (("SJC", "TYO"), ("MUC", "STR"), ("TYO", "NGO"), ("BOS", "NYC"), ("CPH", "STO")),
    "AI": (("SJC", "SEA"), ("SJC", "TYO"), ("LON", "PAR"), ("TLV",), ("TOR", "MTL"), ("SIN", "BLR")),
    "BIO": (("FRA", "BSL", "BRU"), ("BOS", "NYC"), ("SAN", "SFO"), ("CPH", "STO"), ("LON", "PAR"), ("ZRH", "BSL")),
    "BATTERY": (("FRA", "BER"), ("DTW", "NYC"), ("TYO", "OSA"), ("STO", "HEL"), ("SYD",)),
    "SEMI": (("SJC",), ("EIN", "AMS"), ("TYO", "OSA"), ("TPE",), ("MUC", "FRA")),
    "HYDROGEN": (("BER", "HAM"), ("AUH", "DXB"), ("OSL", "CPH"), ("SYD",), ("TYO",)),
    "AERO": (("TLS", "PAR"), ("SEA", "LAX"), ("LON",), ("MTL", "TOR")),
    "MOBILITY": (("DTW", "SJC"), ("STR", "MUC"), ("TYO", "NGO"), ("SHA",), ("MIL",)),
    "DISPLAY": (("TYO", "OSA"), ("TPE",), ("SJC",), ("SHA", "SZX")),
    "SHIP": (("OSL", "HAM"), ("HOU",), ("LON",), ("SIN",), ("CPH",)),
    "DIGITAL": (("LAX", "SJC"), ("TYO",), ("LON", "PAR"), ("SIN",)),
    "ENERGY": (("CPH", "HAM"), ("AMS",), ("MAD",), ("SYD",), ("DXB",)),
    "LOGISTICS": (("AMS", "FRA"), ("SIN", "DXB"), ("LAX",), ("SHA",)),
}
DEFAULT_ROUTES = (("NYC",), ("TYO",), ("FRA",), ("SIN",))
# The flagship trips of the 2026 plan: (province, target industry) -> route of its first mission.
SIGNATURE_ROUTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("KR-30", "ROBOT"): ("SJC", "TYO"),  # 대전 AI·로봇 → 미국·일본
    ("KR-43", "BIO"): ("FRA", "BSL", "BRU"),  # 충북 제약·바이오 → 독일·스위스·벨기에
    ("KR-28", "BIO"): ("BOS", "SAN"),  # 인천(송도) 바이오 → 미국 동·서부
    ("KR-31", "BATTERY"): ("FRA", "BER"),  # 울산 이차전지·수소 → 독일
    ("KR-48", "AERO"): ("TLS", "PAR"),  # 경남(사천) 항공우주 → 프랑스
    ("KR-41", "SEMI"): ("EIN", "AMS"),  # 경기 AI·반도체 → 네덜란드
    ("KR-26", "SHIP"): ("OSL", "HAM"),  # 부산 조선·해양 → 노르웨이·독일
    ("KR-42", "HYDROGEN"): ("AUH", "DXB"),  # 강원 수소 → UAE
}
ENGLISH_THE = frozenset({"US", "GB", "NL", "AE"})  # "to the US", "to the Netherlands"

# Province code -> short Korean name (titles) and the local government's English name.
PROVINCE_SHORT: dict[str, tuple[str, str]] = {
    "KR-11": ("서울", "Seoul Metropolitan Government"),
    "KR-26": ("부산", "Busan Metropolitan City"),
    "KR-27": ("대구", "Daegu Metropolitan City"),
    "KR-28": ("인천", "Incheon Metropolitan City"),
    "KR-29": ("광주", "Gwangju Metropolitan City"),
    "KR-30": ("대전", "Daejeon Metropolitan City"),
    "KR-31": ("울산", "Ulsan Metropolitan City"),
    "KR-50": ("세종", "Sejong Special Self-Governing City"),
    "KR-41": ("경기", "Gyeonggi Province"),
    "KR-42": ("강원", "Gangwon State"),
    "KR-43": ("충북", "Chungcheongbuk-do Province"),
    "KR-44": ("충남", "Chungcheongnam-do Province"),
    "KR-45": ("전북", "Jeonbuk State"),
    "KR-46": ("전남", "Jeollanam-do Province"),
    "KR-47": ("경북", "Gyeongsangbuk-do Province"),
    "KR-48": ("경남", "Gyeongsangnam-do Province"),
    "KR-49": ("제주", "Jeju Special Self-Governing Province"),
}
LOCAL_POSITIONS = ("경제부지사", "경제산업국장", "투자유치과장", "투자유치팀장", "주무관")
FEZ_POSITIONS = ("청장", "투자유치본부장", "투자유치부장", "투자유치팀장")
KOTRA_POSITIONS = ("투자유치실장", "지방지원본부장", "투자전략팀장", "인베스트코리아 전문위원")

# Joint FEZ promotion events: title, English title, kind, country, city, start, end, venue,
# (The Invest KOREA Summit moves: 2023 6-8 Nov in Busan, 2025 from 29 Oct in Seoul with APEC —
# each edition is an event with its own dates, never a "November" rule.)
# FEZ codes (None = all), leads generated, notes.
PROMOTIONS: list[tuple[str, str, str, str, str | None, date, date, str, tuple[str, ...] | None, int, str]] = [
    ("2025 인베스트코리아 서밋", "Invest KOREA Summit 2025", "summit", "KR", "Seoul",
     date(2025, 10, 29), date(2025, 10, 30), "COEX, Seoul", None, 118,
     "9개 경제자유구역 공동 홍보관 운영. 1:1 투자상담 212건."),
    ("2026 인베스트코리아 서밋", "Invest KOREA Summit 2026", "summit", "KR", "Seoul",
     date(2026, 11, 10), date(2026, 11, 11), "COEX, Seoul", None, 142,
     "9개 경제자유구역·17개 시도 합동 투자환경 설명회. 외국인투자가 1:1 상담 236건, 현장 MOU 9건."),
    ("BIO International Convention 2026 경제자유구역 공동관", "Korea FEZ Pavilion at BIO International Convention 2026",
     "exhibition", "US", "San Diego", date(2026, 6, 22), date(2026, 6, 25), "San Diego Convention Center",
     ("IFEZ", "CBFEZ", "DGFEZ", "GWFEZ", "GGFEZ"), 57,
     "제약·바이오 공동관. 송도·오송·대구 첨단의료복합단지 입지 홍보, CDMO 파트너링 미팅."),
    ("하노버 메세 2026 경제자유구역 공동관", "Korea FEZ Pavilion at Hannover Messe 2026", "exhibition", "DE",
     "Hannover", date(2026, 4, 20), date(2026, 4, 24), "Hannover Exhibition Grounds",
     ("BJFEZ", "GFEZ", "UFEZ", "GJFEZ", "GGFEZ"), 34, "수소·로봇·미래모빌리티 기업 대상 공동 상담."),
    ("경제자유구역 합동 투자설명회 (도쿄)", "Joint FEZ Investment Seminar in Tokyo", "ir_session", "JP", "Tokyo",
     date(2026, 3, 12), date(2026, 3, 12), "Hotel Okura Tokyo", ("IFEZ", "BJFEZ", "DGFEZ", "GFEZ", "CBFEZ"), 41,
     "소재·부품·장비 기업 대상. 일본 기업 78개사 참석."),
    ("경제자유구역 합동 투자설명회 (프랑크푸르트)", "Joint FEZ Investment Seminar in Frankfurt", "ir_session", "DE",
     "Frankfurt", date(2026, 5, 19), date(2026, 5, 19), "Frankfurt Marriott", ("IFEZ", "UFEZ", "GWFEZ", "BJFEZ"), 26,
     "수소·이차전지 공급망 세션 공동 개최."),
    ("경제자유구역 합동 투자설명회 (싱가포르)", "Joint FEZ Investment Seminar in Singapore", "ir_session", "SG",
     "Singapore", date(2026, 9, 8), date(2026, 9, 8), "Marina Bay Sands Expo", ("IFEZ", "BJFEZ", "GJFEZ", "GGFEZ"), 23,
     "아시아 지역본부·물류·디지털 기업 대상."),
    ("경제자유구역 합동 투자설명회 (뉴욕)", "Joint FEZ Investment Seminar in New York", "ir_session", "US",
     "New York", date(2026, 10, 14), date(2026, 10, 14), "Lotte New York Palace",
     ("IFEZ", "CBFEZ", "DGFEZ", "GJFEZ", "UFEZ", "GGFEZ"), 31, "AI·바이오 투자가 및 PE 대상 합동 IR."),
    ("경제자유구역 공동 웨비나: 중동 투자가 대상", "Joint FEZ Webinar for Middle East Investors", "webinar", "AE",
     None, date(2026, 7, 7), date(2026, 7, 7), "Online (Zoom)", ("IFEZ", "GFEZ", "UFEZ"), 12,
     "수소·신재생에너지 분야. 아부다비·두바이 투자기관 참여."),
    ("2027 경제자유구역 합동 투자설명회 (실리콘밸리)", "Joint FEZ Investment Seminar in Silicon Valley 2027",
     "ir_session", "US", "San Jose", date(2027, 2, 24), date(2027, 2, 24), "KOTRA 실리콘밸리무역관",
     ("IFEZ", "GJFEZ", "GGFEZ", "CBFEZ"), 0, "기획 중. AI·반도체 스타트업 및 VC 대상."),
]  # fmt: skip

# Memo fragments for investor notes: how we found them, what they want, where it stands.
NOTE_ORIGIN = (
    "{year} {event}에서 첫 접촉.",
    "{office} 추천 기업.",
    "AI무역지원센터 데이터 분석으로 발굴한 잠재 투자가.",
    "무역지원센터 상담 이력 있음 (수출 바이어 → 투자가 전환 검토).",
    "본사 방문 시 {title} 면담.",
    "기존 투자기업 소개로 연결, 경영진과 직접 소통 가능.",
    "{office} 투자유치 상담회 참가 기업.",
)
NOTE_INTEREST = (
    "{industry} 분야 아시아 생산거점 후보로 한국 검토 중.",
    "{province} 투자유치 가능성 높음, {fez} 입지 선호.",
    "공급망 다변화 차원에서 한국 내 R&D 센터 설립 검토.",
    "국내 대기업 고객사 인근 입지 요구, 전력·용수 조건 중시.",
    "현금지원·조세감면 수준이 결정 변수.",
    "AI무역지원센터 연계로 국내 파트너 매칭 진행.",
)
NOTE_BIO = "바이오 CDMO 증설 관심, 송도·오송 입지 비교 중."
NOTE_EXPANSION = "기존 한국 법인 보유, 증액투자 유치 가능성 높음."
NOTE_STATUS = (
    "유치 우선순위 A.",
    "유치 우선순위 B, 분기별 연락 유지.",
    "경쟁국: 베트남, 말레이시아.",
    "의사결정은 본사 이사회 ({quarter}분기 예정).",
    "무역지원센터와 공동 관리.",
    "",
)
NOTE_EVENTS = ("인베스트코리아 서밋", "BIO International Convention", "하노버 메세", "경제자유구역 합동 IR")

JOB_TITLES_SENIOR = (
    "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer",
    "President, Asia-Pacific", "Managing Director, APAC", "General Manager, Korea", "Executive Vice President",
)  # fmt: skip
JOB_TITLES_MIDDLE = (
    "VP Corporate Development", "VP Global Operations", "Head of Asia-Pacific Expansion",
    "Director, Global Site Selection", "Director of Strategy", "Head of M&A", "VP Supply Chain",
    "Director, Public Affairs", "Head of R&D Partnerships", "General Manager, Overseas Business Division",
)  # fmt: skip
JOB_TITLES_JUNIOR = (
    "Senior Manager, Business Development", "Manager, Corporate Planning", "Project Manager, New Sites",
    "Executive Assistant to the CEO", "Investor Relations Manager", "Senior Analyst, Strategy",
)  # fmt: skip
CONTACT_SOURCES = (
    "명함 (2026 인베스트코리아 서밋)", "명함 (2025 인베스트코리아 서밋)", "명함 (BIO International Convention 2026)",
    "명함 (하노버 메세 2026)", "소개 ({office})", "웹사이트 문의", "링크드인", "IR 설명회 참가 등록",
    "AI무역지원센터 연계", "기존 투자기업 담당자 인계",
)  # fmt: skip
CONTACT_NOTES = (
    "한국어 가능.",
    "비서를 통해 일정 조율.",
    "이메일보다 전화 선호.",
    "본사 이사회 멤버.",
    "2025년 방한 경험 있음.",
)

# Interaction templates by kind; {c} contact, {ind} industry, {prov} province, {fez} FEZ, {ev} event.
# No particles after names: 와/과 depends on the last syllable, which foreign names do not fix.
SUMMARIES: dict[str, tuple[str, ...]] = {
    "meeting": (
        "{c} 면담. {ind} 분야 한국 생산거점 후보지로 {prov} 검토 중.",
        "{office} 방문 면담. {fez} 입지 조건과 외국인투자 현금지원 제도 설명.",
        "{c} 방한 면담. 기존 한국 법인 증설 계획 청취, 인센티브 협의 요청.",
        "{ev} 계기 1:1 투자상담. {ind} 공급망 내 국내 고객사 소개 요청.",
        "본사 경영진 면담. 아시아 R&D 센터 입지로 한국·싱가포르·일본 비교 중.",
        "{prov} 투자유치 담당과 합동 면담. 부지 가격·전력 공급·인력 수급 질의.",
        "{c} 일행과 오찬 면담. 투자 일정과 의사결정 구조 확인.",
    ),
    "call": (
        "{c} 통화: 투자신고 일정 및 필요 서류 문의.",
        "화상회의: {prov} 후보 부지 3곳 비교표 설명.",
        "{c} 통화, 본사 이사회 승인 일정 확인.",
        "AI무역지원센터 상담 연계 건 후속 통화. 시장조사 결과 공유.",
        "통화: 조세감면 적용 요건과 고용 기준 질의에 답변.",
        "{c} 통화: {fez} 입주 절차와 외국인투자지역 지정 요건 안내.",
    ),
    "email": (
        "{c}에게 {fez} 투자환경 자료(영문) 송부.",
        "투자신고 절차 안내 메일 발송, 외국인투자촉진법 요약 첨부.",
        "{ev} 초청장 발송.",
        "무역지원센터 연계 시장조사 보고서 송부.",
        "{c} 회신: 현장 방문 희망 일자 제시.",
        "인센티브 패키지 초안(현금지원·임대료 감면) 공유.",
        "{ind} 업계 국내 협력사 리스트 송부.",
    ),
    "site_visit": (
        "{prov} 후보 부지 현장 방문. {fez} 관계자 동행.",
        "{c} 일행 {prov} 산업단지 시찰, 인근 협력업체 방문.",
        "기존 공장 증설 부지 실사 지원, 인허가 일정 논의.",
    ),
    "ir_event": (
        "{ev} 참가, 부스 방문 상담.",
        "{ev} IR 설명회 참석, 네트워킹 세션에서 명함 교환.",
        "경제자유구역 합동 IR 참가, {fez} 발표 후 상담.",
    ),
}
OUTCOMES = (
    "후속 현장 방문 추진.", "인센티브 검토안 2주 내 송부 예정.", "본사 내부 검토 후 회신하기로 함.",
    "투자 규모 약 {amount}만 달러 언급.", "추가 자료 요청 (전력·용수 단가).", "특이사항 없음.",
    "유치 가능성 상향 (B → A).", "KOTRA 무역지원센터 연계 지원 요청.", "{prov} 담당자와 3자 회의 잡기로 함.",
)  # fmt: skip
INTERACTION_KINDS = ("email", "call", "meeting", "site_visit", "ir_event")
INTERACTION_WEIGHTS = (35, 25, 25, 7, 8)
INTERACTION_EVENTS = ("2026 인베스트코리아 서밋", "2025 인베스트코리아 서밋", "BIO International Convention 2026",
                      "하노버 메세 2026", "경제자유구역 합동 투자설명회 (도쿄)", "경제자유구역 합동 투자설명회 (뉴욕)")  # fmt: skip

TASK_TITLES = (
    "{inv} 후속 면담 일정 조율", "{inv} 인센티브 검토 결과 회신", "{inv} 현장 방문 일정 확정",
    "{inv} 투자신고 서류 검토", "{inv} 도착 실적 확인 (외국환은행)", "{inv} 영문 IR 자료 송부",
    "{inv} 고충 처리 (통관 지연) 관계기관 협의", "{inv} 사후관리 방문", "{inv} 부지 후보 비교표 작성",
)  # fmt: skip
TALKING_POINTS = (
    "{prov} {fez} 입지 장점 설명 (외국인투자 현금지원, 조세감면).",
    "기존 한국 법인 증설 시 인센티브 안내.",
    "{ind} 공급망 내 국내 파트너사 매칭 제안.",
    "연내 {prov} 현장 방문 초청.",
    "MOU 초안 검토 일정 확인.",
    "인력 수급 지원(채용·교육훈련 보조금) 설명.",
    "전력·용수·물류 인프라 자료 전달.",
)
