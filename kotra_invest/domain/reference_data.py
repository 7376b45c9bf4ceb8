"""The reference data a new database starts with: 5극 3특, provinces, FEZs, industries, stages.

This is seed data, not code: the first migration loads it and admins may edit it afterwards.
Every seeded row gets a UUID derived from its table and code, so the same region has the same
key in every database — a mission pack cut from one database merges into another.
"""

from __future__ import annotations

import uuid

_NAMESPACE = uuid.UUID("6f1c2d0e-5a7b-4c1e-9a43-0b5e6d8f7a21")


def reference_id(table: str, code: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"{table}:{code}")


# code, group, name_ko, name_en
REGIONS: list[tuple[str, str, str, str]] = [
    ("CAP", "mega_region", "수도권", "Capital Region"),
    ("SE", "mega_region", "동남권", "Southeast (Dongnam)"),
    ("DG", "mega_region", "대경권", "Daegu-Gyeongbuk"),
    ("CC", "mega_region", "중부권", "Central (Chungcheong)"),
    ("HN", "mega_region", "호남권", "Honam"),
    ("GW", "special_province", "강원특별자치도", "Gangwon Special Self-Governing Province"),
    ("JB", "special_province", "전북특별자치도", "Jeonbuk Special Self-Governing Province"),
    ("JJ", "special_province", "제주특별자치도", "Jeju Special Self-Governing Province"),
]

# ISO 3166-2:KR code, region code, name_ko, name_en, strategic industry codes
PROVINCES: list[tuple[str, str, str, str, list[str]]] = [
    ("KR-11", "CAP", "서울특별시", "Seoul", ["AI", "DIGITAL", "BIO"]),
    ("KR-28", "CAP", "인천광역시", "Incheon", ["BIO", "AERO", "LOGISTICS"]),
    ("KR-41", "CAP", "경기도", "Gyeonggi", ["SEMI", "AI", "MOBILITY"]),
    ("KR-26", "SE", "부산광역시", "Busan", ["SHIP", "LOGISTICS", "DIGITAL"]),
    ("KR-31", "SE", "울산광역시", "Ulsan", ["BATTERY", "HYDROGEN", "MOBILITY", "SHIP"]),
    ("KR-48", "SE", "경상남도", "Gyeongnam", ["AERO", "ROBOT", "SHIP"]),
    ("KR-27", "DG", "대구광역시", "Daegu", ["ROBOT", "MOBILITY", "BIO"]),
    ("KR-47", "DG", "경상북도", "Gyeongbuk", ["BATTERY", "DISPLAY", "HYDROGEN"]),
    ("KR-30", "CC", "대전광역시", "Daejeon", ["ROBOT", "AI", "SEMI", "AERO"]),
    ("KR-50", "CC", "세종특별자치시", "Sejong", ["AI", "MOBILITY"]),
    ("KR-43", "CC", "충청북도", "Chungbuk", ["BATTERY", "SEMI", "BIO"]),
    ("KR-44", "CC", "충청남도", "Chungnam", ["DISPLAY", "HYDROGEN", "MOBILITY"]),
    ("KR-29", "HN", "광주광역시", "Gwangju", ["AI", "MOBILITY"]),
    ("KR-46", "HN", "전라남도", "Jeonnam", ["BATTERY", "ENERGY", "SHIP"]),
    ("KR-42", "GW", "강원특별자치도", "Gangwon", ["BIO", "HYDROGEN", "SEMI"]),
    ("KR-45", "JB", "전북특별자치도", "Jeonbuk", ["BATTERY", "BIO", "HYDROGEN"]),
    ("KR-49", "JJ", "제주특별자치도", "Jeju", ["ENERGY", "DIGITAL"]),
]

# code, name_ko, name_en, designated year, province codes
FEZS: list[tuple[str, str, str, int, list[str]]] = [
    ("IFEZ", "인천경제자유구역", "Incheon FEZ", 2003, ["KR-28"]),
    ("BJFEZ", "부산진해경제자유구역", "Busan-Jinhae FEZ", 2003, ["KR-26", "KR-48"]),
    ("GFEZ", "광양만권경제자유구역", "Gwangyang Bay Area FEZ", 2003, ["KR-46", "KR-48"]),
    ("DGFEZ", "대구경북경제자유구역", "Daegu-Gyeongbuk FEZ", 2008, ["KR-27", "KR-47"]),
    ("GGFEZ", "경기경제자유구역", "Gyeonggi FEZ", 2008, ["KR-41"]),
    ("CBFEZ", "충북경제자유구역", "Chungbuk FEZ", 2013, ["KR-43"]),
    ("GWFEZ", "강원경제자유구역", "Gangwon FEZ", 2013, ["KR-42"]),
    ("GJFEZ", "광주경제자유구역", "Gwangju FEZ", 2020, ["KR-29"]),
    ("UFEZ", "울산경제자유구역", "Ulsan FEZ", 2020, ["KR-31"]),
]

INDUSTRIES: list[tuple[str, str, str]] = [
    ("ROBOT", "로봇", "Robotics"),
    ("AI", "인공지능", "Artificial intelligence"),
    ("BIO", "제약·바이오", "Pharma-bio"),
    ("BATTERY", "이차전지", "Secondary batteries"),
    ("SEMI", "반도체", "Semiconductors"),
    ("HYDROGEN", "수소", "Hydrogen"),
    ("AERO", "항공우주", "Aerospace"),
    ("MOBILITY", "미래모빌리티", "Future mobility"),
    ("DISPLAY", "디스플레이", "Displays"),
    ("SHIP", "조선·해양", "Shipbuilding and offshore"),
    ("DIGITAL", "디지털콘텐츠", "Digital content"),
    ("ENERGY", "신재생에너지", "Renewable energy"),
    ("LOGISTICS", "물류", "Logistics"),
]

# code, name_ko, name_en, kind
PIPELINE_STAGES: list[tuple[str, str, str, str]] = [
    ("LEAD", "잠재 발굴", "Lead identified", "open"),
    ("CONTACT", "첫 접촉", "First contact", "open"),
    ("MEETING", "면담", "Meeting", "open"),
    ("SITE_VISIT", "현장 방문", "Site visit", "open"),
    ("INCENTIVE", "인센티브 협상", "Incentive negotiation", "open"),
    ("MOU", "MOU 체결", "MOU signed", "open"),
    ("NOTIFIED", "신고", "Notified (신고)", "won"),
    ("ARRIVED", "도착", "Arrived (도착)", "won"),
    ("AFTERCARE", "사후관리", "Aftercare", "won"),
    ("ON_HOLD", "보류", "On hold", "side"),
    ("LOST", "무산", "Lost", "side"),
]

# ISO alpha-2 (what records store), name_ko, name_en: the names officers write, "Korea" and not
# ISO 3166's "Korea, Republic of" (0023 renamed the two ISO forms 0003 had seeded)
COUNTRIES: list[tuple[str, str, str]] = [
    ("KR", "대한민국", "Korea"),
    ("US", "미국", "United States"),
    ("JP", "일본", "Japan"),
    ("CN", "중국", "China"),
    ("DE", "독일", "Germany"),
    ("FR", "프랑스", "France"),
    ("GB", "영국", "United Kingdom"),
    ("NL", "네덜란드", "Netherlands"),
    ("CH", "스위스", "Switzerland"),
    ("SE", "스웨덴", "Sweden"),
    ("DK", "덴마크", "Denmark"),
    ("FI", "핀란드", "Finland"),
    ("NO", "노르웨이", "Norway"),
    ("BE", "벨기에", "Belgium"),
    ("IT", "이탈리아", "Italy"),
    ("ES", "스페인", "Spain"),
    ("AT", "오스트리아", "Austria"),
    ("IE", "아일랜드", "Ireland"),
    ("PL", "폴란드", "Poland"),
    ("CA", "캐나다", "Canada"),
    ("AU", "호주", "Australia"),
    ("SG", "싱가포르", "Singapore"),
    ("HK", "홍콩", "Hong Kong"),
    ("TW", "대만", "Taiwan"),
    ("IN", "인도", "India"),
    ("VN", "베트남", "Vietnam"),
    ("AE", "아랍에미리트", "United Arab Emirates"),
    ("SA", "사우디아라비아", "Saudi Arabia"),
    ("IL", "이스라엘", "Israel"),
    ("IR", "이란", "Iran"),
    ("BR", "브라질", "Brazil"),
    ("MX", "멕시코", "Mexico"),
    ("ID", "인도네시아", "Indonesia"),
    ("MY", "말레이시아", "Malaysia"),
    ("TH", "태국", "Thailand"),
    ("NZ", "뉴질랜드", "New Zealand"),
    ("LU", "룩셈부르크", "Luxembourg"),
    ("CZ", "체코", "Czechia"),
    ("HU", "헝가리", "Hungary"),
    ("TR", "튀르키예", "Türkiye"),
]

# code, name_ko, name_en, kind, city, country. The 12 regional headquarters (지방지원본부) as
# DOMAIN.md lists them (the 2018 list: no Jeju office; *verify the 2026 list* — admins edit
# offices as reference data); overseas offices are Korea Business Centers (KBC = 무역관).
OFFICES: list[tuple[str, str, str, str, str, str]] = [
    ("HQ", "KOTRA 본사 (인베스트코리아)", "KOTRA Headquarters (Invest KOREA)", "headquarters", "Seoul", "KR"),
    ("RHQ-GG", "경기지원본부", "Gyeonggi Regional Headquarters", "regional_hq", "Suwon", "KR"),
    ("RHQ-GGN", "경기북부지원본부", "Northern Gyeonggi Regional Headquarters", "regional_hq", "Yangju", "KR"),
    ("RHQ-IC", "인천지원본부", "Incheon Regional Headquarters", "regional_hq", "Incheon", "KR"),
    ("RHQ-GW", "강원지원본부", "Gangwon Regional Headquarters", "regional_hq", "Chuncheon", "KR"),
    ("RHQ-DJ", "대전세종충남지원본부", "Daejeon-Sejong-Chungnam Regional Headquarters", "regional_hq", "Daejeon", "KR"),
    ("RHQ-CB", "충북지원본부", "Chungbuk Regional Headquarters", "regional_hq", "Cheongju", "KR"),
    ("RHQ-GJ", "광주전남지원본부", "Gwangju-Jeonnam Regional Headquarters", "regional_hq", "Gwangju", "KR"),
    ("RHQ-JB", "전북지원본부", "Jeonbuk Regional Headquarters", "regional_hq", "Jeonju", "KR"),
    ("RHQ-DG", "대구경북지원본부", "Daegu-Gyeongbuk Regional Headquarters", "regional_hq", "Daegu", "KR"),
    ("RHQ-BS", "부산지원본부", "Busan Regional Headquarters", "regional_hq", "Busan", "KR"),
    ("RHQ-UL", "울산지원본부", "Ulsan Regional Headquarters", "regional_hq", "Ulsan", "KR"),
    ("RHQ-GN", "경남지원본부", "Gyeongnam Regional Headquarters", "regional_hq", "Changwon", "KR"),
    ("OV-NYC", "뉴욕무역관", "Korea Business Center New York", "overseas", "New York", "US"),
    ("OV-SFO", "실리콘밸리무역관", "Korea Business Center Silicon Valley", "overseas", "San Jose", "US"),
    ("OV-TYO", "도쿄무역관", "Korea Business Center Tokyo", "overseas", "Tokyo", "JP"),
    ("OV-FRA", "프랑크푸르트무역관", "Korea Business Center Frankfurt", "overseas", "Frankfurt", "DE"),
    ("OV-LON", "런던무역관", "Korea Business Center London", "overseas", "London", "GB"),
    ("OV-SIN", "싱가포르무역관", "Korea Business Center Singapore", "overseas", "Singapore", "SG"),
]

# The ministry that publishes the FDI statistics, by its current name (renamed October 2025).
MINISTRY = ("산업통상부", "Ministry of Trade, Industry and Resources")
MINISTRY_FORMER = ("산업통상자원부", "Ministry of Trade, Industry and Energy (MOTIE)")

# FEZ code -> names it had before, with the day it was renamed: old records and files use them.
FEZ_FORMER_NAMES: dict[str, list[tuple[str, str, str]]] = {
    "GGFEZ": [("황해경제자유구역", "Yellow Sea FEZ", "2020-10-01")],
    "GWFEZ": [("동해안권경제자유구역", "East Coast FEZ", "2024-01-02")],
}
# Zones that no longer exist but old records may name: code, name_ko, name_en, designated year.
RETIRED_FEZS: list[tuple[str, str, str, int]] = [
    ("SGFEZ", "새만금군산경제자유구역", "Saemangeum-Gunsan FEZ", 2008),
]
