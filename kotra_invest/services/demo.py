"""Demo data: a believable 2026 for KOTRA / Invest KOREA, at any size.

`generate_demo` fills an empty, migrated database with officers, foreign investors and their
contacts, pipeline projects with notified (신고) and arrived (도착) FDI, interactions and tasks,
the year's investment-attraction delegations (투자유치단) with itineraries, and joint FEZ
promotion events. Everything is fictional, but shaped like the real work: delegations are
built around each province's strategic industries, projects target provinces the FEZs really
cover, arrivals come a quarter or more after the notification.

Design choices:
- Deterministic. Every phase draws from its own `random.Random` seeded with (seed, phase), and
  every UUID comes from those generators, so the same seed always yields the same database
  and a change in one phase does not reshuffle the others.
- Fast. Rows are written with SQLAlchemy Core bulk inserts in one transaction, not through ORM
  objects and the audit hook: `scale=333` (≈100k investors, ≈1M interactions) must finish
  in minutes. The sync columns the ORM would stamp are therefore filled in here explicitly.
- Reference data (provinces, FEZs, industries, stages …) is read from the database, not from
  `reference_data`, because admins may have edited it; the tables below only hold the words
  and names the generator makes its fiction from.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Table, exists, insert, select, text
from sqlalchemy.engine import Connection

from kotra_invest.domain.cities import cities_of
from kotra_invest.domain.errors import DomainError
from kotra_invest.domain.fdi_models import ExchangeRate
from kotra_invest.domain.models import (
    AuditEntry,
    Contact,
    Country,
    Delegation,
    DelegationDestination,
    DelegationMember,
    DelegationOrganisation,
    DelegationProvince,
    FdiAmount,
    Fez,
    Industry,
    Interaction,
    Investor,
    ItineraryItem,
    MeetingTarget,
    Office,
    Officer,
    PipelineStage,
    Project,
    PromotionEvent,
    Province,
    Region,
    Setting,
    Task,
    delegation_fez,
    fez_province,
    promotion_fez,
    promotion_region,
    province_industry,
)
from kotra_invest.domain.recommend_models import InvestorSite
from kotra_invest.services import demo_aftercare
from kotra_invest.services.unit_of_work import Context
from kotra_invest.store import investor_signal, search_index

Progress = Callable[[str, float], None]

BATCH = 5000  # rows per executemany: big enough to amortise, small enough to report progress
ACTOR = "demo"
KST = timezone(timedelta(hours=9))  # Korea has no DST: a fixed offset is exact and fast

# --- data tables: the words the fiction is made of -------------------------------------------

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


# --- the result ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DemoSummary:
    """What `generate_demo` wrote, and how long it took."""

    officers: int
    investors: int
    contacts: int
    projects: int
    fdi_amounts: int
    interactions: int
    tasks: int
    delegations: int
    promotion_events: int
    seconds: float


# --- working state -------------------------------------------------------------------------


@dataclass
class _Ref:
    """Reference rows the generator builds on, as read from the database (codes -> ids)."""

    region: dict[str, uuid.UUID]
    province: dict[str, uuid.UUID]
    province_region: dict[str, str]
    province_name: dict[str, tuple[str, str]]
    industry: dict[str, uuid.UUID]
    industry_name: dict[str, tuple[str, str]]
    fez: dict[str, uuid.UUID]
    fez_name: dict[str, tuple[str, str]]
    stage: dict[str, uuid.UUID]
    country: dict[str, uuid.UUID]
    country_name: dict[str, tuple[str, str]]
    office: dict[str, uuid.UUID]
    office_name: dict[str, str]
    province_industries: dict[str, list[str]]
    province_fezs: dict[str, list[str]]
    fez_provinces: dict[str, list[str]]


@dataclass(slots=True)
class _Officer:
    id: uuid.UUID
    name: str
    name_en: str
    role: str
    office: str


@dataclass(slots=True)
class _Investor:
    id: uuid.UUID
    name: str
    country: str
    industry: str
    size: str
    domain: str
    owner: _Officer
    in_korea: bool
    province: str  # the province it leans towards, for memos and projects
    contacts: list[tuple[uuid.UUID, str]] = field(default_factory=list)  # (id, full name)
    projects: list[uuid.UUID] = field(default_factory=list)
    # Meetings held on delegation trips: (delegation id, UTC instant, contact id, summary).
    trip_meetings: list[tuple[uuid.UUID, datetime, uuid.UUID | None, str]] = field(default_factory=list)


@dataclass(slots=True)
class _Delegation:
    id: uuid.UUID
    year: int
    province: str
    industry: str  # the target industry
    industries: tuple[str, ...]  # all industries of its theme ("AI·로봇": ROBOT and AI)
    label_ko: str
    label_en: str
    second_province: str | None
    cities: list[str]
    starts_on: date
    ends_on: date
    status: str = "planning"
    ordinal: int = 1
    max_targets: int = 12  # 5–12 investors to meet
    leader: _Officer | None = None
    targets: list[_Investor] = field(default_factory=list)


class _Gen:
    """Shared state of one generation run: reference rows, the clock, ids, the connection."""

    def __init__(self, conn: Connection, seed: int, scale: int, today: date, progress: Progress | None) -> None:
        self.conn = conn
        self.seed = seed
        self.scale = scale
        self.today = today
        self.now = datetime.combine(today, datetime.min.time(), KST).replace(hour=9).astimezone(UTC)
        self.progress = progress
        self.ref = _read_reference(conn)
        self.counts: dict[str, int] = {}
        self.officers: list[_Officer] = []
        self.investors: list[_Investor] = []
        self.delegations: list[_Delegation] = []
        self._id_rng = self.rng("ids")

    def rng(self, phase: str) -> random.Random:
        """A generator per phase: a change in one phase leaves the others' data as it was."""
        return random.Random(f"{self.seed}:{phase}")

    def new_id(self) -> uuid.UUID:
        return uuid.UUID(int=self._id_rng.getrandbits(128), version=4)

    def synced(self, created: datetime, updated: datetime | None = None) -> dict[str, Any]:
        """The sync columns the unit of work would stamp; the demo writes them itself."""
        created = min(created, self.now)
        return {
            "id": self.new_id(),
            "created_at": created,
            "updated_at": max(created, min(updated or created, self.now)),
            "updated_by": ACTOR,
            "version": 1,
            "deleted_at": None,
        }

    def insert(self, table: Table, rows: Iterable[dict[str, Any]]) -> int:
        """Bulk-insert rows in batches; returns how many were written."""
        n = 0
        for chunk in _chunks(rows, BATCH):
            self.conn.execute(insert(table), chunk)
            n += len(chunk)
        self.counts[table.name] = self.counts.get(table.name, 0) + n
        return n

    def report(self, step: str, fraction: float) -> None:
        if self.progress is not None:
            self.progress(step, max(0.0, min(1.0, fraction)))


# Where each phase sits in the overall progress (interactions dominate the run time).
_PHASES: dict[str, tuple[float, float]] = {
    "officers": (0.00, 0.01),
    "investors": (0.01, 0.08),
    "contacts": (0.08, 0.20),
    "projects": (0.20, 0.25),
    "delegations": (0.25, 0.29),
    "promotion_events": (0.29, 0.30),
    "interactions": (0.30, 0.92),
    "tasks": (0.92, 1.00),
}


def _phase(gen: _Gen, name: str, done: float = 0.0) -> None:
    start, end = _PHASES[name]
    gen.report(name, start + (end - start) * done)


# --- entry point ---------------------------------------------------------------------------


def generate_demo(
    ctx: Context,
    *,
    scale: int = 1,
    seed: int = 2026,
    progress: Progress | None = None,
    today: date = date(2026, 11, 25),
) -> DemoSummary:
    """Fill an empty database with a believable year of investment attraction.

    `scale` multiplies the investors and everything hanging off them (≈300 investors at 1,
    ≈100k at 333); officers and delegations grow more slowly. Raises `DomainError
    ("demo_not_empty")` and writes nothing if the database already holds an investor.
    """
    if scale < 1:
        raise DomainError("invalid_value", field="scale", value=scale)
    started = time.perf_counter()
    with ctx.db.engine.begin() as conn:
        if conn.execute(select(exists().select_from(Investor.__table__))).scalar():
            raise DomainError("demo_not_empty")
        if conn.dialect.name == "postgresql":
            # The server's audit triggers, if installed, leave the owner's bulk load to the one
            # summary entry below (store.pg_audit); for anyone else they record every row.
            conn.execute(text("SELECT set_config('kotra.bulk', 'on', true), set_config('kotra.source', 'demo', true)"))
        # Index the whole load at once at the end rather than row by row: about half the time.
        with _big_cache(conn), search_index.bulk_load(conn), investor_signal.bulk_load(conn):
            gen = _Gen(conn, seed, scale, today, progress)
            _officers(gen)
            _plan_delegations(gen)
            investor_rows = _investors(gen)  # picks delegation targets, so tags can name the trips
            _fill_targets(gen)
            _phase(gen, "investors", 0.8)
            _direct_countries(gen, investor_rows)
            gen.insert(Investor.__table__, investor_rows)
            del investor_rows
            _investor_sites(gen)
            _contacts(gen)
            _projects(gen)
            _delegations(gen)
            _promotions(gen)
            _interactions(gen)
            _tasks(gen)
            demo_aftercare.generate(gen)  # cases, incentives, milestones, enquiries
            _audit_the_load(conn, ctx, gen.counts, scale, seed)
            gen.report("search index", 0.99)
        gen.report("done", 1.0)
    c = gen.counts
    return DemoSummary(
        officers=c.get("officer", 0),
        investors=c.get("investor", 0),
        contacts=c.get("contact", 0),
        projects=c.get("project", 0),
        fdi_amounts=c.get("fdi_amount", 0),
        interactions=c.get("interaction", 0),
        tasks=c.get("task", 0),
        delegations=c.get("delegation", 0),
        promotion_events=c.get("promotion_event", 0),
        seconds=round(time.perf_counter() - started, 3),
    )


def _audit_the_load(conn: Connection, ctx: Context, counts: dict[str, int], scale: int, seed: int) -> None:
    """One audit entry for the whole load: row-by-row entries for a million bulk-inserted demo
    records would double the load and say nothing more than this does."""
    database_id = conn.execute(select(Setting.value).where(Setting.key == "database_id")).scalar()
    conn.execute(
        insert(AuditEntry.__table__),
        [
            {
                "id": uuid.uuid4(),
                "at": datetime.now(UTC),
                "actor": ctx.actor,
                "source": "demo",
                "change_set": uuid.uuid4(),
                "entity": "database",
                "record_id": uuid.UUID(database_id) if database_id else uuid.UUID(int=0),
                "action": "insert",
                "field": "demo",
                "new_value": json.dumps({"scale": scale, "seed": seed, **counts}, sort_keys=True),
            }
        ],
    )


@contextmanager
def _big_cache(conn: Connection) -> Iterator[None]:
    """A larger SQLite page cache for the run: random UUID keys scatter inserts over the indexes,
    and with the default 2 MB cache `scale=333` takes about 12 % longer."""
    if conn.dialect.name != "sqlite":
        yield
        return
    old = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql("PRAGMA cache_size=-262144")  # 256 MB
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={int(old or -2000)}")


# --- reference data ------------------------------------------------------------------------


def _read_reference(conn: Connection) -> _Ref:
    def codes(model: Any) -> list[Any]:
        t = model.__table__
        return list(conn.execute(select(t).where(t.c.deleted_at.is_(None)).order_by(t.c.sort_order, t.c.code)))

    regions = codes(Region)
    region_code = {r.id: r.code for r in regions}
    provinces = codes(Province)
    province_code = {p.id: p.code for p in provinces}
    industries = codes(Industry)
    industry_code = {i.id: i.code for i in industries}
    fezs = codes(Fez)
    fez_code = {f.id: f.code for f in fezs}
    countries = codes(Country)
    offices = codes(Office)

    province_industries: dict[str, list[str]] = {p.code: [] for p in provinces}
    for pid, iid in conn.execute(select(province_industry.c.province_id, province_industry.c.industry_id)):
        if pid in province_code and iid in industry_code:
            province_industries[province_code[pid]].append(industry_code[iid])
    province_fezs: dict[str, list[str]] = {p.code: [] for p in provinces}
    fez_provinces: dict[str, list[str]] = {f.code: [] for f in fezs}
    for fid, pid in conn.execute(select(fez_province.c.fez_id, fez_province.c.province_id)):
        if fid in fez_code and pid in province_code:
            province_fezs[province_code[pid]].append(fez_code[fid])
            fez_provinces[fez_code[fid]].append(province_code[pid])
    # The association tables come back in storage order: sort, so the demo is deterministic.
    industry_order = {i.code: n for n, i in enumerate(industries)}
    fez_order = {f.code: n for n, f in enumerate(fezs)}
    for lst in province_industries.values():
        lst.sort(key=industry_order.__getitem__)
    for lst in province_fezs.values():
        lst.sort(key=fez_order.__getitem__)
    for lst in fez_provinces.values():
        lst.sort()

    return _Ref(
        region={r.code: r.id for r in regions},
        province={p.code: p.id for p in provinces},
        province_region={p.code: region_code.get(p.region_id, "") for p in provinces},
        province_name={p.code: (p.name_ko, p.name_en) for p in provinces},
        industry={i.code: i.id for i in industries},
        industry_name={i.code: (i.name_ko, i.name_en) for i in industries},
        fez={f.code: f.id for f in fezs},
        fez_name={f.code: (f.name_ko, f.name_en) for f in fezs},
        stage={s.code: s.id for s in codes(PipelineStage)},
        country={c.code: c.id for c in countries},
        country_name={c.code: (c.name_ko, c.name_en) for c in countries},
        office={o.code: o.id for o in offices},
        office_name={o.code: o.name_ko for o in offices},
        province_industries=province_industries,
        province_fezs=province_fezs,
        fez_provinces=fez_provinces,
    )


# --- officers ------------------------------------------------------------------------------


def _officers(gen: _Gen) -> None:
    _phase(gen, "officers")
    rng = gen.rng("officers")
    taken = set(gen.conn.execute(select(Officer.__table__.c.login)).scalars())
    people: list[tuple[str, str, str, str, str | None]] = list(OFFICERS)
    # Larger databases need more hands; officers grow with the square root of the scale.
    extra = 10 * (math.isqrt(gen.scale) - 1)
    offices: list[str | None] = [code for code in gen.ref.office if code.startswith(("HQ", "RHQ"))] or [None]
    for _ in range(extra):
        (sur, sur_en), (given, given_en) = rng.choice(KO_SURNAMES), rng.choice(KO_GIVEN)
        role = rng.choices(("officer", "leader", "viewer"), (85, 10, 5))[0]
        people.append((f"{sur_en}.{given_en}".lower(), sur + given, f"{given_en} {sur_en}", role, rng.choice(offices)))
    rows = []
    for login, name, name_en, role, office in people:
        unique, n = login, 1
        while unique in taken:  # a real officer or a namesake already has the login
            n += 1
            unique = f"{login}{n}"
        taken.add(unique)
        created = datetime(2024, 1, 2, tzinfo=UTC) + timedelta(days=rng.randint(0, 500))
        row = gen.synced(created)
        row.update(
            login=unique,
            name=name,
            name_en=name_en,
            email=f"{unique}@kotra.or.kr",
            role=role,
            office_id=gen.ref.office.get(office or ""),
            active=True,
        )
        rows.append(row)
        gen.officers.append(_Officer(row["id"], name, name_en, role, office or "HQ"))
    gen.insert(Officer.__table__, rows)


def _working_officers(gen: _Gen) -> list[_Officer]:
    return [o for o in gen.officers if o.role in ("officer", "leader", "admin")]


# --- delegations: planned first, so investors can be chosen as targets and tagged ----------


def _plan_delegations(gen: _Gen) -> None:
    """Decide each delegation's province, industry, route and dates (rows are written later).

    Every province sends delegations around its strategic industries, round-robin, so all of
    5극 3특 are covered; larger scales repeat trips ("2차", "3차").
    """
    rng = gen.rng("delegation-plan")
    ref = gen.ref
    themes = {p: _themes(gen, p) for p in ref.province if ref.province_industries.get(p)}
    if not themes:
        return
    per_year = {
        2025: 6,
        2026: 40 * max(1, gen.scale // 10),
        2027: 4 * max(1, gen.scale // 10),
    }
    for year, count in per_year.items():
        plans: list[_Delegation] = []
        seen: dict[tuple[str, str], int] = {}
        for rnd in itertools.count():
            order = list(themes)
            rng.shuffle(order)  # so the last, partial round does not always favour the same provinces
            for province in order[: count - len(plans)]:
                theme = themes[province][rnd % len(themes[province])]
                plans.append(_plan_one(gen, rng, year, province, theme, seen))
            if len(plans) == count:
                break
        _schedule(gen, rng, year, plans)
        gen.delegations.extend(plans)


def _themes(gen: _Gen, province: str) -> list[tuple[tuple[str, ...], str, str]]:
    """A province's delegation themes: its strategic industries, some promoted in pairs."""
    industries = gen.ref.province_industries[province]
    themes: list[tuple[tuple[str, ...], str, str]] = []
    used: set[str] = set()
    for code in industries:
        if code in used:
            continue
        used.add(code)
        for pair, (label_ko, label_en) in INDUSTRY_PAIRS.items():
            partner = pair[1] if code == pair[0] else pair[0] if code == pair[1] else None
            if partner in industries and partner not in used:
                used.add(partner)
                themes.append(((code, partner), label_ko, label_en))
                break
        else:
            themes.append(((code,), *_industry_label(gen, code)))
    return themes


def _plan_one(
    gen: _Gen,
    rng: random.Random,
    year: int,
    province: str,
    theme: tuple[tuple[str, ...], str, str],
    seen: dict[tuple[str, str], int],
) -> _Delegation:
    ref = gen.ref
    industries, label_ko, label_en = theme
    key = (province, label_ko)
    seen[key] = seen.get(key, 0) + 1
    routes = ROUTES.get(industries[0], DEFAULT_ROUTES)
    if seen[key] == 1 and (province, industries[0]) in SIGNATURE_ROUTES:
        routes = (SIGNATURE_ROUTES[province, industries[0]],)
    available = [r for r in routes if all(CITIES[c][2] in ref.country for c in r)]
    fallback = [r for r in DEFAULT_ROUTES if CITIES[r[0]][2] in ref.country] or [("NYC",)]
    cities = list(rng.choice(available or fallback))
    # Sometimes a second province of the same mega-region joins, preferably one of the same industry.
    second = None
    if rng.random() < 0.35:
        region = ref.province_region[province]
        peers = [p for p in ref.province if p != province and ref.province_region[p] == region]
        same = [p for p in peers if industries[0] in ref.province_industries.get(p, [])]
        if same or peers:
            second = rng.choice(same or peers)
    return _Delegation(
        id=gen.new_id(),
        year=year,
        province=province,
        industry=industries[0],
        industries=industries,
        label_ko=label_ko,
        label_en=label_en,
        second_province=second,
        cities=cities,
        starts_on=date(year, 1, 1),
        ends_on=date(year, 1, 1),
        ordinal=seen[key],
        max_targets=rng.randint(5, 12),
    )


def _industry_label(gen: _Gen, code: str) -> tuple[str, str]:
    if code in INDUSTRY_INFO:
        return INDUSTRY_INFO[code][1], INDUSTRY_INFO[code][2]
    return gen.ref.industry_name.get(code, (code, code))


def _schedule(gen: _Gen, rng: random.Random, year: int, plans: list[_Delegation]) -> None:
    """Spread the year's trips from mid-January to mid-December and derive their status."""
    today = gen.today
    first, span = date(year, 1, 12), 330
    for i, d in enumerate(plans):
        start = first + timedelta(days=int(i * span / len(plans)) + rng.randint(-3, 3))
        d.starts_on = start
        d.ends_on = start + timedelta(days=rng.randint(4, 7) + len(d.cities) - 1)
    plans.sort(key=lambda d: (d.starts_on, d.province))
    if year == today.year and plans and not any(d.starts_on <= today <= d.ends_on for d in plans):
        # Someone is always on the road in a live demo: move the nearest trip onto today.
        nearest = min(plans, key=lambda d: abs((d.starts_on - today).days))
        length = nearest.ends_on - nearest.starts_on
        nearest.starts_on = today - timedelta(days=2)
        nearest.ends_on = nearest.starts_on + length
        plans.sort(key=lambda d: (d.starts_on, d.province))
    for d in plans:
        if d.ends_on < today:
            d.status = "done"
        elif d.starts_on <= today:
            d.status = "travelling"
        elif (d.starts_on - today).days <= 75:
            d.status = "confirmed"
        else:
            d.status = "planning"
    # One or two trips fall through every year: one before today, one still ahead.
    past = [d for d in plans if d.status == "done"]
    ahead = [d for d in plans if d.status in ("confirmed", "planning")]
    for pool in (past, ahead if year <= today.year else []):
        if len(pool) > 3:
            rng.choice(pool[1:]).status = "cancelled"


def _fill_targets(gen: _Gen) -> None:
    """Top up every delegation to 5–12 meeting targets: its industry in the countries it visits,
    then its industry anywhere (they have local subsidiaries), then anyone."""
    rng = gen.rng("delegation-targets")
    by_industry: dict[str, list[_Investor]] = {}
    for inv in gen.investors:
        by_industry.setdefault(inv.industry, []).append(inv)
    for d in gen.delegations:
        want = d.max_targets
        have = {t.id for t in d.targets}
        own = [inv for code in d.industries for inv in by_industry.get(code, [])]
        visited = {CITIES[c][2] for c in d.cities}
        local = [inv for inv in own if inv.country in visited]
        for pool in (local, own, gen.investors):
            if len(d.targets) >= want or not pool:
                continue
            for inv in rng.sample(pool, min(len(pool), want * 3)):
                if len(d.targets) >= want:
                    break
                if inv.id not in have:
                    d.targets.append(inv)
                    have.add(inv.id)


def _delegation_tag(gen: _Gen, d: _Delegation) -> str:
    short = PROVINCE_SHORT.get(d.province, (gen.ref.province_name[d.province][0], ""))[0]
    return f"{d.year} {short} 투자유치단"


# --- investors -----------------------------------------------------------------------------


def _investors(gen: _Gen) -> list[dict[str, Any]]:
    """Companies of 20+ countries, named in their own spelling with a Korean rendering."""
    _phase(gen, "investors")
    rng = gen.rng("investors")
    ref = gen.ref
    countries = [c for c in COUNTRIES if c in ref.country]
    industries = list(ref.industry)
    owners = _working_officers(gen)
    # A delegation looks for investors of its industry in the countries it flies to.
    trips: dict[tuple[str, str], list[_Delegation]] = {}
    for d in gen.delegations:
        for cc in dict.fromkeys(CITIES[city][2] for city in d.cities):
            for code in d.industries:
                trips.setdefault((cc, code), []).append(d)
    provinces_of: dict[str, list[str]] = {i: [] for i in industries}
    for province, codes in ref.province_industries.items():
        for code in codes:
            provinces_of.setdefault(code, []).append(province)

    used_names: set[str] = set()
    used_domains: set[str] = set()
    hq_rng = gen.rng("hq_city")  # its own generator: the investors themselves stay as they were
    total = 300 * gen.scale
    rows: list[dict[str, Any]] = []
    for n in range(total):
        cc = rng.choices(countries, [COUNTRIES[c].weight for c in countries])[0]
        profile = COUNTRIES[cc]
        weights = [INDUSTRY_INFO.get(i, (3,))[0] * (3 if i in profile.favoured else 1) for i in industries]
        industry = rng.choices(industries, weights)[0]
        name, name_ko, stem = _company_name(rng, profile, industry, used_names)
        domain = _domain(stem, name, profile.tld, used_domains)
        size = rng.choices(("large", "midsize", "sme", "startup"), (30, 30, 25, 15))[0]
        in_korea = rng.random() < (0.35 if size == "large" else 0.15)
        province = rng.choice(provinces_of.get(industry) or list(ref.province))
        created = datetime(2024, 3, 1, tzinfo=UTC) + timedelta(minutes=rng.randint(0, 60 * 24 * 600))
        row = gen.synced(created, created + timedelta(days=rng.randint(0, 400)))
        inv = _Investor(row["id"], name, cc, industry, size, domain, rng.choice(owners), in_korea, province)
        tags = [INDUSTRY_INFO.get(industry, (0, "", "", industry.lower()))[3]]
        if in_korea:
            tags.append("기존투자기업")
        for d in trips.get((cc, industry), []):
            if len(d.targets) < d.max_targets and rng.random() < 0.3:
                d.targets.append(inv)
                tags.append(_delegation_tag(gen, d))
        if rng.random() < 0.15:
            tags.append("2026 인베스트코리아 서밋")
        if rng.random() < 0.08:
            tags.append("AI무역지원센터 발굴")
        if rng.random() < 0.1:
            tags.append("우선순위 A")
        row.update(
            name=name,
            name_ko=name_ko if rng.random() < 0.8 else None,
            country_id=ref.country[cc],
            industry_id=ref.industry[industry],
            size=size,
            website=f"https://www.{domain}",
            owner_id=inv.owner.id,
            tags=list(dict.fromkeys(tags)),  # a company met on two trips of one province: tag once
            in_korea=in_korea,
            notes=_investor_note(gen, rng, inv),
            hq_city=_hq_city(hq_rng, cc),
        )
        rows.append(row)
        gen.investors.append(inv)
        if n % BATCH == 0:
            _phase(gen, "investors", 0.8 * n / total)
    return rows


def _hq_city(rng: random.Random, country_code: str) -> str | None:
    """A listed city of the country for most companies; some trackers never say where the HQ is."""
    cities = cities_of(country_code)
    if not cities or rng.random() < 0.15:
        return None
    return rng.choice(cities).name_en


def _investor_sites(gen: _Gen) -> None:
    """The companies already in Korea run a site in the province they lean towards."""
    rng = gen.rng("investor_sites")  # ids of its own, so the later phases' ids do not move
    rows = []
    for inv in gen.investors:
        if inv.in_korea and inv.province in gen.ref.province:
            made = gen.now - timedelta(days=400)
            rows.append({"id": uuid.UUID(int=rng.getrandbits(128), version=4), "created_at": made, "updated_at": made,
                         "updated_by": ACTOR, "version": 1, "deleted_at": None, "investor_id": inv.id,
                         "province_id": gen.ref.province[inv.province], "fez_id": None, "note": None})  # fmt: skip
    gen.insert(InvestorSite.__table__, rows)


def _company_name(rng: random.Random, profile: CountryProfile, industry: str, used: set[str]) -> tuple[str, str, str]:
    """A fictional company name, its Korean rendering and its stem; unique within the run."""
    words = INDUSTRY_WORDS.get(industry, GENERIC_WORDS)
    for attempt in itertools.count():
        (head, head_ko), (tail, tail_ko) = rng.choice(profile.heads), rng.choice(profile.tails)
        stem, stem_ko = head + tail, head_ko + tail_ko
        word, word_ko = rng.choice(words)
        form = rng.choice(profile.forms)
        parts, parts_ko = [stem, word], [stem_ko, word_ko]
        if attempt >= 3:  # the plain combinations are running out: add a qualifier
            qualifier, qualifier_ko = rng.choice(QUALIFIERS)
            if qualifier != word:
                parts.append(qualifier)
                parts_ko.append(qualifier_ko)
        if attempt >= 12:  # and at very large scales, a number, as real registries do
            parts.append(str(attempt))
        name = " ".join([*parts, form])
        if name not in used:
            used.add(name)
            return name, " ".join(parts_ko), "".join(parts[:2] if attempt < 3 else parts)
    raise AssertionError("unreachable")


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def _domain(stem: str, name: str, tld: str, used: set[str]) -> str:
    base = _slug(stem) or _slug(name) or "company"
    domain, n = f"{base}.{tld}", 1
    while domain in used:
        n += 1
        domain = f"{base}{n}.{tld}"
    used.add(domain)
    return domain


def _investor_note(gen: _Gen, rng: random.Random, inv: _Investor) -> str | None:
    """An officer's memo in Korean: where we met them, what they want, where it stands."""
    if rng.random() < 0.1:
        return None
    ref = gen.ref
    fezs = ref.province_fezs.get(inv.province) or ["IFEZ"]
    values = {
        "year": rng.choice((2024, 2025, 2026)),
        "event": rng.choice(NOTE_EVENTS),
        "office": rng.choice([n for c, n in ref.office_name.items() if c.startswith("OV")] or ["해외무역관"]),
        "title": rng.choice(("CEO", "CFO", "아태지역 사장", "전략담당 부사장")),
        "industry": _industry_label(gen, inv.industry)[0],
        "province": ref.province_name[inv.province][0],
        "fez": ref.fez_name.get(rng.choice(fezs), ("경제자유구역", ""))[0],
        "quarter": rng.randint(1, 4),
    }
    parts = [rng.choice(NOTE_ORIGIN)]
    if inv.in_korea and rng.random() < 0.6:
        parts.append(NOTE_EXPANSION)
    elif inv.industry == "BIO" and rng.random() < 0.5:
        parts.append(NOTE_BIO)
    else:
        parts.append(rng.choice(NOTE_INTEREST))
    parts.append(rng.choice(NOTE_STATUS))
    return " ".join(p for p in parts if p).format(**values)


# --- contacts ------------------------------------------------------------------------------


def _contacts(gen: _Gen) -> None:
    """2–4 people per investor, named like their country, with consent and where we met them."""
    rng = gen.rng("contacts")
    total = len(gen.investors)
    offices = [name for code, name in gen.ref.office_name.items() if code.startswith("OV")] or ["해외무역관"]

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "contacts", n / max(1, total))
            profile = COUNTRIES[inv.country]
            firsts, lasts, family_first = PEOPLE[profile.people]
            seen: set[str] = set()
            for k in range(rng.choice((2, 2, 3, 3, 3, 4))):
                (first, first_ko), (last, last_ko) = rng.choice(firsts), rng.choice(lasts)
                full = f"{first} {last}"
                if full in seen:
                    continue
                seen.add(full)
                ko = f"{last_ko} {first_ko}" if family_first else f"{first_ko} {last_ko}"
                titles = JOB_TITLES_SENIOR + JOB_TITLES_MIDDLE if k == 0 else JOB_TITLES_MIDDLE + JOB_TITLES_JUNIOR
                met = gen.today - timedelta(days=rng.randint(20, 700))
                consent = rng.choices(("given", "not_asked", "withdrawn"), (58, 39, 3))[0]
                created = datetime.combine(met, datetime.min.time(), UTC) + timedelta(hours=rng.randint(0, 10))
                row = gen.synced(created, created + timedelta(days=rng.randint(0, 200)))
                row.update(
                    investor_id=inv.id,
                    full_name=full,
                    name_ko=ko if rng.random() < (0.6 if family_first else 0.3) else None,
                    job_title=rng.choice(titles),
                    email=f"{_slug(first)}.{_slug(last)}@{inv.domain}",
                    phone=_phone(rng, profile),
                    consent=consent,
                    consent_on=met if consent == "given" else None,
                    source=rng.choice(CONTACT_SOURCES).format(office=rng.choice(offices)),
                    notes=rng.choice(CONTACT_NOTES) if rng.random() < 0.15 else None,
                )
                inv.contacts.append((row["id"], full))
                yield row

    _phase(gen, "contacts")
    gen.insert(Contact.__table__, rows())


def _phone(rng: random.Random, profile: CountryProfile) -> str:
    """An E.164 number: +, country code, national number without its trunk zero."""
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(profile.digits - 1))
    return f"+{profile.calling}{first}{rest}"


# --- projects and FDI amounts --------------------------------------------------------------


# Where a parent routes its money through a holding: the direct investor's country differs.
HOLDING_COUNTRIES = ("NL", "SG", "LU", "HK", "IE")


def _direct_countries(gen: _Gen, investor_rows: list[dict[str, Any]]) -> None:
    """The direct investor's country: the parent's, except about one in eight big parents that
    invest through a holding in the Netherlands, Singapore, Luxembourg, Hong Kong or Ireland."""
    rng = gen.rng("direct-country")
    holdings = [gen.ref.country[c] for c in HOLDING_COUNTRIES if c in gen.ref.country]
    for row in investor_rows:
        row["direct_country_id"] = row["country_id"]
        if holdings and row["size"] in ("large", "midsize") and rng.random() < 0.12:
            row["direct_country_id"] = rng.choice([h for h in holdings if h != row["country_id"]] or holdings)


def _projects(gen: _Gen) -> None:
    """About one project per investor, over every pipeline stage, with dated 신고/도착 amounts."""
    rng = gen.rng("projects")
    ref = gen.ref
    stages = [s for s in STAGES if s in ref.stage]
    non_capital = [p for p in ref.province if ref.province_region.get(p) != "CAP"]
    total = len(gen.investors)
    fdi_rows: list[dict[str, Any]] = []

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "projects", n / max(1, total))
            for _ in range(rng.choices((0, 1, 2, 3), (25, 50, 20, 5))[0]):
                yield _project(gen, rng, inv, stages, non_capital, fdi_rows)

    _phase(gen, "projects")
    gen.insert(Project.__table__, rows())
    rates = _rate_table(gen)
    _in_own_currency(gen, fdi_rows, rates)
    gen.insert(FdiAmount.__table__, fdi_rows)
    gen.insert(ExchangeRate.__table__, _rate_rows(gen, rates))


# Believable 1 USD = N levels at the start of 2024 and at the end of 2026, for monthly rates.
DEMO_RATES: dict[str, tuple[str, str]] = {
    "EUR": ("0.9150", "0.8620"), "JPY": ("141.80", "153.40"), "GBP": ("0.7870", "0.7460"),
    "KRW": ("1295.00", "1462.50"), "CHF": ("0.8420", "0.7980"),
}  # fmt: skip
CURRENCY_OF_COUNTRY = {
    **dict.fromkeys(("DE", "FR", "NL", "IT", "ES", "AT", "BE", "FI", "IE", "LU"), "EUR"),
    "JP": "JPY", "GB": "GBP", "CH": "CHF",
}  # fmt: skip
RATES_SOURCE = "서울외국환중개 매매기준율 (월초)"
_RATE_NAMESPACE = uuid.UUID("0b7a3c52-61f4-4d4e-9c1e-5d3f2a7e8b90")


def _rate_table(gen: _Gen) -> dict[str, list[tuple[date, Decimal]]]:
    """Monthly rates from January 2024 on: the level drifts from start to end, with some noise."""
    rng = gen.rng("fx")
    months = [date(y, m, 2) for y in (2024, 2025, 2026) for m in range(1, 13) if date(y, m, 2) <= gen.today]
    table: dict[str, list[tuple[date, Decimal]]] = {}
    for currency, (start, end) in DEMO_RATES.items():
        a, b = Decimal(start), Decimal(end)
        places = Decimal("0.01") if a > 10 else Decimal("0.0001")
        table[currency] = [
            (
                day,
                ((a + (b - a) * i / max(1, len(months) - 1)) * Decimal(str(1 + rng.uniform(-0.012, 0.012)))).quantize(
                    places
                ),
            )
            for i, day in enumerate(months)
        ]
    return table


def _rate_rows(gen: _Gen, table: dict[str, list[tuple[date, Decimal]]]) -> list[dict[str, Any]]:
    # Ids derived from currency and date, not drawn from the id stream: the other phases' ids stay.
    rows = []
    for currency, rates in table.items():
        for day, units in rates:
            stamp = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=9)
            row = {**gen.synced(stamp), "id": uuid.uuid5(_RATE_NAMESPACE, f"{currency}:{day.isoformat()}")}
            row.update(currency=currency, on_date=day, units_per_usd=units, source=RATES_SOURCE)
            rows.append(row)
    return rows


def _in_own_currency(gen: _Gen, fdi_rows: list[dict[str, Any]], table: dict[str, list[tuple[date, Decimal]]]) -> None:
    """Some investors notify and remit in their own currency (EUR, JPY, GBP, CHF), and some already
    here reinvest in KRW: those projects' tranches are in that currency, at the month's rate."""
    rng = gen.rng("fx-tranches")
    chosen: dict[uuid.UUID, str] = {}
    for inv in gen.investors:
        own = CURRENCY_OF_COUNTRY.get(inv.country)
        for project_id in inv.projects:
            if own and rng.random() < 0.3:
                chosen[project_id] = own
            elif inv.in_korea and rng.random() < 0.12:
                chosen[project_id] = "KRW"
    for row in fdi_rows:
        currency = chosen.get(row["project_id"])
        rates = table.get(currency or "", [])
        usable = [units for day, units in rates if day <= row["on_date"]]
        if currency is None or not usable:
            continue  # before the first rate: kept in USD
        step = Decimal(1_000_000) if currency in ("KRW", "JPY") else Decimal(1_000)
        row["amount"] = (row["amount"] * usable[-1] / step).quantize(Decimal(1)) * step
        row["currency"] = currency


def _project(
    gen: _Gen,
    rng: random.Random,
    inv: _Investor,
    stages: list[str],
    non_capital: list[str],
    fdi_rows: list[dict[str, Any]],
) -> dict[str, Any]:
    ref = gen.ref
    stage = rng.choices(stages, [STAGES[s][0] for s in stages])[0]
    kind = "expansion" if inv.in_korea and rng.random() < 0.7 else rng.choices(("greenfield", "mna"), (75, 25))[0]
    industry = inv.industry if rng.random() < 0.85 else rng.choice(list(ref.industry))
    # Three in four projects go outside the capital region: the 비수도권 push is the point.
    strong = [p for p, codes in ref.province_industries.items() if industry in codes]
    outside = rng.random() < 0.75
    pool = [p for p in strong if (p in non_capital) == outside]
    province = rng.choice(pool or non_capital or list(ref.province))
    fezs = ref.province_fezs.get(province, [])
    fez = rng.choice(fezs) if fezs and rng.random() < 0.65 else None
    capex = _capex(rng, inv.size, kind)
    confidential = rng.random() < 0.05
    noun = rng.choice(PROJECT_NOUNS.get(industry, ("공장",)))
    short = PROVINCE_SHORT.get(province, (ref.province_name[province][0], ""))[0]
    title = f"{inv.name.split()[0]} {short} {noun} {PROJECT_VERB[kind]}"
    since, notified_on = _stage_dates(gen, rng, stage)
    created = datetime.combine(since - timedelta(days=rng.randint(30, 400)), datetime.min.time(), UTC)
    row = gen.synced(created, datetime.combine(since, datetime.min.time(), UTC) + timedelta(hours=2))
    row.update(
        investor_id=inv.id,
        title=title,
        # The ministry's counting: an expanded plant is greenfield + 증액; any project of an
        # investor already operating here is 증액 (additional), the pipeline's biggest source.
        project_type="greenfield" if kind == "expansion" else kind,
        new_or_additional="additional" if inv.in_korea or kind == "expansion" else "new",
        stage_id=ref.stage[stage],
        stage_since=since,
        target_province_id=ref.province[province],
        fez_id=ref.fez[fez] if fez else None,
        industry_id=ref.industry[industry],
        capex_amount=capex,
        capex_currency="USD",
        expected_jobs=max(5, int(float(capex) / 1_000_000 * rng.uniform(0.4, 2.5))),
        probability=STAGES[stage][1],
        confidential=confidential,
        code_name=f"Project {rng.choice(CODE_NAMES)}" if confidential else None,
        lost_reason=rng.choice(LOST_REASONS) if stage == "LOST" else None,
        owner_id=inv.owner.id,
    )
    inv.projects.append(row["id"])
    if notified_on is not None:
        fdi_rows.extend(_fdi(gen, rng, row["id"], capex, notified_on, stage))
    return row


def _capex(rng: random.Random, size: str, kind: str) -> Decimal:
    """USD capex, log-normal by company size, rounded to ten thousand dollars."""
    median = {"large": 120e6, "midsize": 35e6, "sme": 6e6, "startup": 2e6}[size]
    if kind == "mna":
        median *= 1.5
    value = min(median * math.exp(rng.gauss(0, 0.8)), 1.5e9)
    return Decimal(int(value / 10_000) * 10_000)


def _stage_dates(gen: _Gen, rng: random.Random, stage: str) -> tuple[date, date | None]:
    """When the project reached its stage, and when it was notified (for won stages)."""
    today = gen.today

    def between(a: date, b: date) -> date:
        b = min(b, today)
        return a + timedelta(days=rng.randint(0, max(0, (b - a).days)))

    if stage == "NOTIFIED":
        notified = between(date(2026, 1, 5), today - timedelta(days=3))
        return notified, notified
    if stage == "ARRIVED":
        notified = between(date(2025, 6, 1), today - timedelta(days=100))
        return between(notified + timedelta(days=90), today), notified
    if stage == "AFTERCARE":
        notified = between(date(2024, 6, 1), date(2025, 9, 30))
        return between(notified + timedelta(days=200), today), notified
    return between(date(2025, 3, 1), today), None


def _fdi(
    gen: _Gen, rng: random.Random, project_id: uuid.UUID, capex: Decimal, notified_on: date, stage: str
) -> list[dict[str, Any]]:
    """The notification, then for projects past it one or two arrivals a quarter or more later."""
    notified = Decimal(int(capex * Decimal(rng.uniform(0.5, 1.0)) / 10_000) * 10_000)
    when = datetime.combine(notified_on, datetime.min.time(), UTC)
    row = gen.synced(when + timedelta(hours=3))
    row.update(
        project_id=project_id,
        kind="notified",
        amount=notified,
        currency="USD",
        on_date=notified_on,
        note="외국인투자 신고 (외국환은행)",
    )
    out = [row]
    if stage not in ("ARRIVED", "AFTERCARE"):
        return out
    tranches = 2 if rng.random() < 0.4 else 1
    arrived_on = notified_on + timedelta(days=rng.randint(90, 200))
    remaining = notified
    for k in range(tranches):
        if arrived_on > gen.today:
            break
        last = k == tranches - 1 or arrived_on + timedelta(days=90) > gen.today
        amount = remaining if last else Decimal(int(remaining * Decimal(rng.uniform(0.4, 0.7)) / 10_000) * 10_000)
        if stage == "ARRIVED" and last:
            amount = Decimal(int(amount * Decimal(rng.uniform(0.6, 1.0)) / 10_000) * 10_000)
        remaining -= amount
        row = gen.synced(datetime.combine(arrived_on, datetime.min.time(), UTC) + timedelta(hours=3))
        row.update(
            project_id=project_id,
            kind="arrived",
            amount=amount,
            currency="USD",
            on_date=arrived_on,
            note=f"도착 {k + 1}차 (송금 확인)",
        )
        out.append(row)
        if last:
            break
        arrived_on += timedelta(days=rng.randint(90, 180))
    return out


# --- delegations: the rows -----------------------------------------------------------------


def _delegations(gen: _Gen) -> None:
    """Write each planned delegation with its provinces, FEZs, organisations, cities, members,
    itinerary, meeting targets and, for finished trips, results."""
    rng = gen.rng("delegations")
    out: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("delegation", "province", "fez", "org", "dest", "member", "item", "target")
    }
    total = len(gen.delegations)
    for n, d in enumerate(gen.delegations):
        if n % 50 == 0:
            _phase(gen, "delegations", n / max(1, total))
        _delegation(gen, rng, d, out)
    _phase(gen, "delegations", 0.9)
    gen.insert(Delegation.__table__, out["delegation"])
    gen.insert(DelegationProvince.__table__, out["province"])
    gen.insert(delegation_fez, out["fez"])
    gen.insert(DelegationOrganisation.__table__, out["org"])
    gen.insert(DelegationDestination.__table__, out["dest"])
    gen.insert(DelegationMember.__table__, out["member"])
    gen.insert(ItineraryItem.__table__, out["item"])
    gen.insert(MeetingTarget.__table__, out["target"])


def _delegation(gen: _Gen, rng: random.Random, d: _Delegation, out: dict[str, list[dict[str, Any]]]) -> None:
    ref = gen.ref
    created = datetime.combine(d.starts_on - timedelta(days=rng.randint(60, 150)), datetime.min.time(), UTC)
    stamp = created + timedelta(days=30)

    def synced() -> dict[str, Any]:
        return gen.synced(created, stamp)

    short = PROVINCE_SHORT.get(d.province, (ref.province_name[d.province][0], ""))[0]
    countries = list(dict.fromkeys(CITIES[c][2] for c in d.cities))
    countries_ko = "·".join(ref.country_name[c][0] for c in countries)
    countries_en = _english_list([("the " if c in ENGLISH_THE else "") + ref.country_name[c][1] for c in countries])
    ordinal = f" {d.ordinal}차" if d.ordinal > 1 else ""
    ordinal_en = f" ({_ordinal_en(d.ordinal)} mission)" if d.ordinal > 1 else ""
    provinces = [d.province] + ([d.second_province] if d.second_province else [])
    fezs = list(dict.fromkeys(f for p in provinces for f in ref.province_fezs.get(p, [])))
    leaders = [o for o in gen.officers if o.role == "leader"] or _working_officers(gen)
    leader = d.leader = rng.choice(leaders)
    fez_text = "·".join(ref.fez_name[f][0] for f in fezs) or "지역 산업단지"

    row = synced()
    row.update(id=d.id)
    row.update(
        title=f"{short} {d.label_ko} 투자유치단{ordinal} ({countries_ko})",
        title_en=f"{ref.province_name[d.province][1]} {d.label_en} Investment Delegation to {countries_en}{ordinal_en}",
        year=d.year,
        target_industry_id=ref.industry.get(d.industry),
        starts_on=d.starts_on,
        ends_on=d.ends_on,
        status=d.status,
        leader_id=leader.id,
        objectives=(
            f"{ref.province_name[d.province][0]} 전략산업({d.label_ko}) 중심의 외국인투자 유치. "
            f"{countries_ko} 소재 선도기업 대상 1:1 투자상담 및 IR 설명회 개최, {fez_text} 입지 홍보."
        ),
        results=None,
        result_meetings=None,
        result_mous=None,
        result_pledged_usd=None,
    )
    out["delegation"].append(row)

    for p in provinces:
        r = synced()
        r.update(delegation_id=d.id, province_id=ref.province[p], is_lead=p == d.province)
        out["province"].append(r)
        r = synced()
        name_en = PROVINCE_SHORT.get(p, ("", ref.province_name[p][1]))[1]
        r.update(delegation_id=d.id, kind="local_government", name_ko=ref.province_name[p][0], name_en=name_en)
        out["org"].append(r)
    for f in fezs:
        out["fez"].append({"delegation_id": d.id, "fez_id": ref.fez[f]})
        r = synced()
        r.update(
            delegation_id=d.id,
            kind="fez_authority",
            name_ko=f"{ref.fez_name[f][0]}청",
            name_en=f"{ref.fez_name[f][1]} Authority",
        )
        out["org"].append(r)
    r = synced()
    r.update(delegation_id=d.id, kind="agency", name_ko="KOTRA 인베스트코리아", name_en="KOTRA Invest KOREA")
    out["org"].append(r)

    for seq, city in enumerate(d.cities):
        name, name_ko, cc, tz, _venues = CITIES[city]
        r = synced()
        r.update(delegation_id=d.id, seq=seq, country_id=ref.country[cc], city=name, city_ko=name_ko, time_zone=tz)
        out["dest"].append(r)

    _members(gen, rng, d, leader, provinces, fezs, synced, out["member"])
    # A finished trip met exactly the investors its itinerary has meetings with: the results,
    # the targets' statuses and the meetings recorded all count the same meetings.
    met_ids = _itinerary(gen, rng, d, short, d.status == "done", synced, out["item"])
    if d.status == "done":
        met = [t for t in d.targets if t.id in met_ids]
        mous = min(len(met), rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0])
        pledged = Decimal(rng.randint(0, 40) * 5_000_000) if mous else Decimal(0)
        named = met[0].name if met else "현지 기업"
        row.update(
            result_meetings=len(met),
            result_mous=mous,
            result_pledged_usd=pledged,
            results=(
                f"투자가 면담 {_count_text(len(met))}, MOU {mous}건 체결. {named} 등 {d.label_ko} 기업 "
                f"투자 의향 확인 (약 {int(pledged / 1_000_000)}백만 달러). 후속 현장 방문 {rng.randint(1, 4)}건 추진 예정."
            ),
        )
    for t in d.targets:
        status = {
            "done": "met" if t.id in met_ids else "declined",
            "travelling": rng.choice(("met", "confirmed")),
            "confirmed": rng.choice(("confirmed", "confirmed", "proposed")),
            "cancelled": "declined",
        }.get(d.status, "proposed")
        r = synced()
        r.update(
            delegation_id=d.id,
            investor_id=t.id,
            status=status,
            priority=rng.choices((1, 2, 3), (30, 50, 20))[0],
            talking_points=" ".join(
                tp.format(
                    prov=ref.province_name[d.province][0],
                    fez=ref.fez_name[fezs[0]][0] if fezs else "산업단지",
                    ind=d.label_ko,
                )
                for tp in rng.sample(TALKING_POINTS, 2)
            ),
        )
        out["target"].append(r)


def _utc(local: datetime, zone: str) -> datetime:
    return local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)


def _long_haul(zone_a: str, zone_b: str, day: date) -> bool:
    noon = datetime(day.year, day.month, day.day, 12)
    gap = abs(_utc(noon, zone_a) - _utc(noon, zone_b))
    return gap >= timedelta(hours=4)


def _count_text(n: int) -> str:
    return f"{n}건"


def _english_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _members(
    gen: _Gen,
    rng: random.Random,
    d: _Delegation,
    leader: _Officer,
    provinces: list[str],
    fezs: list[str],
    synced: Callable[[], dict[str, Any]],
    out: list[dict[str, Any]],
) -> None:
    """The KOTRA leader and an officer, plus officials of the provinces and FEZ authorities."""
    ref = gen.ref

    def member(officer: _Officer | None, name: str, name_en: str, org: str, position: str, lead: bool) -> None:
        r = synced()
        r.update(
            delegation_id=d.id,
            officer_id=officer.id if officer else None,
            name=name,
            name_en=name_en,
            organisation=org,
            position=position,
            is_leader=lead,
        )
        out.append(r)

    member(leader, leader.name, leader.name_en, "KOTRA", rng.choice(KOTRA_POSITIONS), True)
    others = [o for o in _working_officers(gen) if o.id != leader.id]
    if others:
        aide = rng.choice(others)
        member(aide, aide.name, aide.name_en, "KOTRA", "투자유치 담당관", False)
    officials: list[tuple[str, tuple[str, ...]]] = [(ref.province_name[p][0], LOCAL_POSITIONS) for p in provinces]
    officials += [(f"{ref.fez_name[f][0]}청", FEZ_POSITIONS) for f in fezs[:1]]
    for org, positions in officials:
        for position in rng.sample(positions, rng.randint(1, 2)):
            (sur, sur_en), (given, given_en) = rng.choice(KO_SURNAMES), rng.choice(KO_GIVEN)
            member(None, sur + given, f"{given_en} {sur_en}", org, position, False)


def _itinerary(
    gen: _Gen,
    rng: random.Random,
    d: _Delegation,
    short: str,
    held: bool,
    synced: Callable[[], dict[str, Any]],
    out: list[dict[str, Any]],
) -> set[uuid.UUID]:
    """6–15 entries at local wall-clock times: flights in and out, meetings, at most one IR
    seminar per city, the odd site visit; every destination city gets at least one, and no two
    overlap. When the trip is over (`held`), each meeting became an interaction; returns the
    ids of the investors met."""
    met_ids: set[uuid.UUID] = set()
    days = (d.ends_on - d.starts_on).days + 1
    # Split the trip's days between the cities: the first and the last day are for flying.
    per_city = max(1, (days - 2) // len(d.cities))
    legs: list[tuple[str, list[date]]] = []
    day = d.starts_on + timedelta(days=1)
    for i, city in enumerate(d.cities):
        count = per_city if i < len(d.cities) - 1 else max(1, (d.ends_on - day).days)
        legs.append((city, [day + timedelta(days=k) for k in range(count) if day + timedelta(days=k) < d.ends_on]))
        day += timedelta(days=count)

    def item(kind: str, title: str, city: str, start: datetime, minutes: int, venue: str | None, **extra: Any) -> None:
        name, _ko, _cc, tz, _v = CITIES[city]
        r = synced()
        r.update(
            delegation_id=d.id,
            kind=kind,
            title=title,
            starts_local=start,
            ends_local=start + timedelta(minutes=minutes),
            time_zone=tz,
            city=name,
            venue=venue,
            investor_id=extra.get("investor_id"),
            contact_id=extra.get("contact_id"),
            notes=extra.get("notes"),
        )
        out.append(r)
        ends[0] = max(ends[0], _utc(start + timedelta(minutes=minutes), tz))

    ends = [datetime.min.replace(tzinfo=UTC)]  # when the last item so far ends, in UTC

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime(day.year, day.month, day.day, hour, minute)

    first_city = d.cities[0]
    item("travel", f"인천(ICN) 출발 → {CITIES[first_city][1]} 도착", first_city, at(d.starts_on, 15, 30), 90,
         None, notes="공항 영접: 현지 무역관")  # fmt: skip
    # Two flights and up to one transfer per further city frame the appointments: keep 6–15 in all.
    wanted = max(4, rng.randint(6, 15) - 2 - (len(d.cities) - 1))
    # After an ocean crossing the first day of a leg is for landing (when the leg has another).
    arriving = {
        city: dates[0]
        for (before, _), (city, dates) in itertools.pairwise(legs)
        if len(dates) > 1 and _long_haul(CITIES[before][3], CITIES[city][3], dates[0])
    }
    slots = [
        (city, day, hour)
        for city, dates in legs
        for day in dates
        if arriving.get(city) != day
        for hour in (9, 11, 14, 16)
    ]
    chosen = rng.sample(slots, min(len(slots), wanted))
    # A trip to two countries spends time in both: a city the draw missed takes a slot from the
    # city with the most.
    for city, dates in legs:
        if dates and not any(c == city for c, _d, _h in chosen):
            # dict.fromkeys, not a set: a set's order changes with the process's hash seed.
            busiest = max(dict.fromkeys(c for c, _d, _h in chosen), key=lambda c: sum(1 for x in chosen if x[0] == c))
            chosen.remove(next(x for x in chosen if x[0] == busiest))
            chosen.append(rng.choice([x for x in slots if x[0] == city]))
    chosen.sort(key=lambda s: (s[1], s[2]))
    seminar_done: set[str] = set()
    queue = list(d.targets)
    rng.shuffle(queue)
    previous_city = first_city
    for city, day, hour in chosen:
        name, name_ko, _cc, tz, venues = CITIES[city]
        if city != previous_city:
            # The transfer lands an hour before the first appointment when the day allows it,
            # else as soon as the last appointment lets the delegation leave; an appointment the
            # flight makes impossible is dropped. Across an ocean the flight takes eleven hours.
            minutes = 660 if _long_haul(CITIES[previous_city][3], tz, day) else 120
            first = _utc(at(day, hour), tz)
            departs = max(first - timedelta(minutes=minutes + 60), ends[0] + timedelta(minutes=90))
            departs += timedelta(minutes=-departs.minute % 30, seconds=-departs.second)
            # Written in the zone it leaves from, as a ticket is: 11:00 in San Jose, not 04:00 in Tokyo.
            local = departs.astimezone(ZoneInfo(CITIES[previous_city][3])).replace(tzinfo=None)
            item("travel", f"{CITIES[previous_city][1]} → {name_ko} 이동", previous_city, local, minutes, None)
            previous_city = city
        if _utc(at(day, hour), tz) < ends[0] + timedelta(minutes=30):
            continue
        # A finished trip met someone: its first appointment is a meeting.
        if hour == 14 and city not in seminar_done and (met_ids or not held):
            seminar_done.add(city)
            item("ir_seminar", f"{short} {d.label_ko} 투자환경 설명회 ({name_ko})", city, at(day, hour), 120,
                 venues[0], notes="현지 기업 30~50개사 초청, 1:1 상담 병행")  # fmt: skip
        elif queue and (rng.random() < 0.85 or (not met_ids and held)):
            inv = queue.pop()
            contact_id, contact_name = inv.contacts[0] if inv.contacts else (None, "")
            start = at(day, hour, 30 if hour == 11 else 0)
            item("meeting", f"{inv.name} 면담", city, start, 60,
                 rng.choice((f"{inv.name} 본사", f"{venues[1]} 비즈니스 라운지")),
                 investor_id=inv.id, contact_id=contact_id)  # fmt: skip
            if held:
                met_ids.add(inv.id)
                when = start.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)
                who = contact_name or inv.name
                summary = f"{short} {d.label_ko} 투자유치단 현지 면담 ({who}). {d.label_ko} 투자 협의, 후속 일정 논의."
                inv.trip_meetings.append((d.id, when, contact_id, summary))
        else:
            item("site_visit", f"{name} {rng.choice(('연구단지', '생산시설', '산업 클러스터'))} 방문", city,
                 at(day, hour), 120, venues[1])  # fmt: skip
    # Fly home from wherever the last appointment was.
    item("travel", f"{CITIES[previous_city][1]} 출발 → 인천(ICN)", previous_city, at(d.ends_on, 10), 60, None)
    return met_ids


# --- promotion events ----------------------------------------------------------------------


def _promotions(gen: _Gen) -> None:
    """Joint FEZ events: the Invest KOREA Summit with all nine, fair pavilions, IR sessions."""
    _phase(gen, "promotion_events")
    ref = gen.ref
    events, fez_links, region_links = [], [], []
    for title, title_en, kind, cc, city, starts, ends, venue, fez_codes, leads, notes in PROMOTIONS:
        fezs = [f for f in (fez_codes or ref.fez) if f in ref.fez]
        created = datetime.combine(starts - timedelta(days=90), datetime.min.time(), UTC)
        row = gen.synced(created, datetime.combine(ends, datetime.min.time(), UTC) + timedelta(days=3))
        row.update(
            title=title,
            title_en=title_en,
            kind=kind,
            country_id=ref.country.get(cc),
            city=city,
            starts_on=starts,
            ends_on=ends,
            venue=venue,
            leads_generated=leads if starts <= gen.today else 0,
            notes=notes,
        )
        events.append(row)
        fez_links += [{"event_id": row["id"], "fez_id": ref.fez[f]} for f in fezs]
        if fez_codes is None:
            regions = list(ref.region)  # the summit speaks for the whole country
        else:
            regions = list(dict.fromkeys(ref.province_region[p] for f in fezs for p in ref.fez_provinces.get(f, [])))
        region_links += [{"event_id": row["id"], "region_id": ref.region[r]} for r in regions if r in ref.region]
    gen.insert(PromotionEvent.__table__, events)
    gen.insert(promotion_fez, fez_links)
    gen.insert(promotion_region, region_links)


# --- interactions and tasks ----------------------------------------------------------------


def _interactions(gen: _Gen) -> None:
    """About ten per investor over 2025–2026, thicker towards today, plus the trip meetings."""
    rng = gen.rng("interactions")
    ref = gen.ref
    officers = _working_officers(gen)
    start = datetime(2025, 1, 2, tzinfo=KST)
    span_days = (gen.today - start.date()).days
    total = len(gen.investors)

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 1000 == 0:
                _phase(gen, "interactions", n / max(1, total))
            fezs = ref.province_fezs.get(inv.province) or ["IFEZ"]
            values: dict[str, object] = {
                "ind": _industry_label(gen, inv.industry)[0],
                "prov": ref.province_name[inv.province][0],
                "fez": ref.fez_name.get(rng.choice(fezs), ("경제자유구역", ""))[0],
                "office": ref.office_name.get(inv.owner.office, "KOTRA"),
            }
            for _ in range(rng.randint(4, 16)):
                kind = rng.choices(INTERACTION_KINDS, INTERACTION_WEIGHTS)[0]
                # sqrt skews the dates towards today: recent work is denser, as in a live CRM.
                day = start + timedelta(days=int(span_days * math.sqrt(rng.random())))
                when = day.replace(hour=rng.randint(8, 18), minute=rng.choice((0, 10, 20, 30, 40, 50)))
                contact = rng.choice(inv.contacts) if inv.contacts and rng.random() < 0.9 else None
                values["c"] = contact[1] if contact else "담당자"
                values["ev"] = rng.choice(INTERACTION_EVENTS)
                values["amount"] = rng.choice((500, 1000, 2000, 3000, 5000, 8000, 12000))
                outcome = rng.choice(OUTCOMES).format(**values) if rng.random() < 0.8 else None
                yield _interaction(
                    gen,
                    inv,
                    when.astimezone(UTC),
                    kind,
                    rng.choice(SUMMARIES[kind]).format(**values),
                    outcome,
                    contact[0] if contact else None,
                    rng.choice(inv.projects) if inv.projects and rng.random() < 0.5 else None,
                    None,
                    inv.owner if rng.random() < 0.75 else rng.choice(officers),
                )
            for delegation_id, when, contact_id, summary in inv.trip_meetings:
                yield _interaction(
                    gen, inv, when, "meeting", summary, "면담 결과 유치단 결과보고서에 반영.",
                    contact_id, None, delegation_id, inv.owner,
                )  # fmt: skip

    _phase(gen, "interactions")
    gen.insert(Interaction.__table__, rows())


def _interaction(
    gen: _Gen,
    inv: _Investor,
    when: datetime,
    kind: str,
    summary: str,
    outcome: str | None,
    contact_id: uuid.UUID | None,
    project_id: uuid.UUID | None,
    delegation_id: uuid.UUID | None,
    officer: _Officer,
) -> dict[str, Any]:
    row = gen.synced(when + timedelta(minutes=45))
    row.update(
        investor_id=inv.id,
        contact_id=contact_id,
        project_id=project_id,
        delegation_id=delegation_id,
        officer_id=officer.id,
        kind=kind,
        occurred_at=when,
        summary=summary,
        outcome=outcome,
    )
    return row


def _tasks(gen: _Gen) -> None:
    """1–2 follow-ups per investor (some overdue, many done) and briefing tasks for trips."""
    rng = gen.rng("tasks")
    today = gen.today
    total = len(gen.investors)

    def task(title: str, due: date, assignee: _Officer, **links: Any) -> dict[str, Any]:
        if due < today:
            status = rng.choices(("done", "open", "cancelled"), (70, 22, 8))[0]
        else:
            status = rng.choices(("open", "done"), (85, 15))[0]
        created = datetime.combine(due - timedelta(days=rng.randint(7, 60)), datetime.min.time(), UTC)
        completed = None
        if status == "done":
            completed = min(created + timedelta(days=rng.randint(1, 70), hours=rng.randint(0, 9)), gen.now)
        row = gen.synced(created, completed or created)
        row.update(
            title=title[:200],
            due_on=due,
            status=status,
            assignee_id=assignee.id,
            investor_id=links.get("investor_id"),
            project_id=links.get("project_id"),
            delegation_id=links.get("delegation_id"),
            interaction_id=None,
            notes=links.get("notes"),
            completed_at=completed,
        )
        return row

    def rows() -> Iterator[dict[str, Any]]:
        for n, inv in enumerate(gen.investors):
            if n % 2000 == 0:
                _phase(gen, "tasks", n / max(1, total))
            for _ in range(rng.choice((1, 1, 2, 2, 2))):
                due = today + timedelta(days=rng.randint(-150, 90))
                project = rng.choice(inv.projects) if inv.projects and rng.random() < 0.6 else None
                title = rng.choice(TASK_TITLES).format(inv=inv.name)
                yield task(title, due, inv.owner, investor_id=inv.id, project_id=project)
        for d in gen.delegations:
            if d.status == "cancelled":
                continue
            leader = d.leader or gen.officers[0]
            yield task("유치단 브리핑 자료 작성 (단장 보고용)", d.starts_on - timedelta(days=7), leader,
                       delegation_id=d.id, notes="면담 대상 기업 프로필·예상 질의응답 포함")  # fmt: skip
            if d.status == "done":
                yield task("유치단 결과보고서 제출", d.ends_on + timedelta(days=10), leader, delegation_id=d.id)

    _phase(gen, "tasks")
    gen.insert(Task.__table__, rows())


# --- helpers -------------------------------------------------------------------------------


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


__all__ = ["DemoSummary", "generate_demo"]
