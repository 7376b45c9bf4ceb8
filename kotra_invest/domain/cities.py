"""Cities a delegation visits: Korean and English names, country and IANA time zone.

Reference data, not rules: the delegation editor offers country → city from this list so nobody
types "Europe/Warsaw"; a city missing here is entered by hand with a zone picked from the zone
list. Covers the demo's destinations and the cities of KOTRA's overseas offices in the countries
the country table knows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class City:
    country_code: str
    name_en: str
    name_ko: str
    time_zone: str

    def name(self, lang: str) -> str:
        return self.name_ko if lang == "ko" else self.name_en


# (country, English, Korean, zone)
_CITIES: tuple[tuple[str, str, str, str], ...] = (
    # Korea (for inbound programmes and the Invest KOREA Summit)
    ("KR", "Seoul", "서울", "Asia/Seoul"), ("KR", "Busan", "부산", "Asia/Seoul"), ("KR", "Incheon", "인천", "Asia/Seoul"),
    ("KR", "Daegu", "대구", "Asia/Seoul"), ("KR", "Daejeon", "대전", "Asia/Seoul"), ("KR", "Gwangju", "광주", "Asia/Seoul"),
    ("KR", "Ulsan", "울산", "Asia/Seoul"), ("KR", "Sejong", "세종", "Asia/Seoul"), ("KR", "Suwon", "수원", "Asia/Seoul"),
    ("KR", "Changwon", "창원", "Asia/Seoul"), ("KR", "Jeju", "제주", "Asia/Seoul"),
    # United States
    ("US", "New York", "뉴욕", "America/New_York"), ("US", "Washington, D.C.", "워싱턴 D.C.", "America/New_York"),
    ("US", "Boston", "보스턴", "America/New_York"), ("US", "Atlanta", "애틀랜타", "America/New_York"),
    ("US", "Miami", "마이애미", "America/New_York"), ("US", "Detroit", "디트로이트", "America/Detroit"),
    ("US", "Chicago", "시카고", "America/Chicago"), ("US", "Houston", "휴스턴", "America/Chicago"),
    ("US", "Dallas", "댈러스", "America/Chicago"), ("US", "Denver", "덴버", "America/Denver"),
    ("US", "Phoenix", "피닉스", "America/Phoenix"), ("US", "Los Angeles", "로스앤젤레스", "America/Los_Angeles"),
    ("US", "San Francisco", "샌프란시스코", "America/Los_Angeles"), ("US", "San Jose", "새너제이", "America/Los_Angeles"),
    ("US", "San Diego", "샌디에이고", "America/Los_Angeles"), ("US", "Seattle", "시애틀", "America/Los_Angeles"),
    # Canada
    ("CA", "Toronto", "토론토", "America/Toronto"), ("CA", "Montreal", "몬트리올", "America/Toronto"),
    ("CA", "Ottawa", "오타와", "America/Toronto"), ("CA", "Vancouver", "밴쿠버", "America/Vancouver"),
    ("CA", "Calgary", "캘거리", "America/Edmonton"),
    # Mexico, Brazil
    ("MX", "Mexico City", "멕시코시티", "America/Mexico_City"), ("MX", "Monterrey", "몬테레이", "America/Monterrey"),
    ("MX", "Guadalajara", "과달라하라", "America/Mexico_City"), ("BR", "São Paulo", "상파울루", "America/Sao_Paulo"),
    ("BR", "Rio de Janeiro", "리우데자네이루", "America/Sao_Paulo"), ("BR", "Brasília", "브라질리아", "America/Sao_Paulo"),
    # Japan, China, Taiwan, Hong Kong
    ("JP", "Tokyo", "도쿄", "Asia/Tokyo"), ("JP", "Osaka", "오사카", "Asia/Tokyo"), ("JP", "Nagoya", "나고야", "Asia/Tokyo"),
    ("JP", "Fukuoka", "후쿠오카", "Asia/Tokyo"), ("JP", "Yokohama", "요코하마", "Asia/Tokyo"), ("JP", "Kyoto", "교토", "Asia/Tokyo"),
    ("CN", "Beijing", "베이징", "Asia/Shanghai"), ("CN", "Shanghai", "상하이", "Asia/Shanghai"),
    ("CN", "Shenzhen", "선전", "Asia/Shanghai"), ("CN", "Guangzhou", "광저우", "Asia/Shanghai"),
    ("CN", "Qingdao", "칭다오", "Asia/Shanghai"), ("CN", "Tianjin", "톈진", "Asia/Shanghai"),
    ("CN", "Dalian", "다롄", "Asia/Shanghai"), ("CN", "Shenyang", "선양", "Asia/Shanghai"),
    ("CN", "Chengdu", "청두", "Asia/Shanghai"), ("CN", "Wuhan", "우한", "Asia/Shanghai"),
    ("CN", "Hangzhou", "항저우", "Asia/Shanghai"), ("CN", "Nanjing", "난징", "Asia/Shanghai"),
    ("CN", "Xi'an", "시안", "Asia/Shanghai"), ("CN", "Chongqing", "충칭", "Asia/Shanghai"),
    ("CN", "Xiamen", "샤먼", "Asia/Shanghai"), ("CN", "Changsha", "창사", "Asia/Shanghai"),
    ("TW", "Taipei", "타이베이", "Asia/Taipei"), ("TW", "Hsinchu", "신주", "Asia/Taipei"),
    ("TW", "Kaohsiung", "가오슝", "Asia/Taipei"), ("HK", "Hong Kong", "홍콩", "Asia/Hong_Kong"),
    # Germany
    ("DE", "Berlin", "베를린", "Europe/Berlin"), ("DE", "Frankfurt", "프랑크푸르트", "Europe/Berlin"),
    ("DE", "Munich", "뮌헨", "Europe/Berlin"), ("DE", "Hamburg", "함부르크", "Europe/Berlin"),
    ("DE", "Stuttgart", "슈투트가르트", "Europe/Berlin"), ("DE", "Düsseldorf", "뒤셀도르프", "Europe/Berlin"),
    ("DE", "Cologne", "쾰른", "Europe/Berlin"), ("DE", "Dresden", "드레스덴", "Europe/Berlin"),
    # France, Benelux, Switzerland, Austria, Ireland, UK
    ("FR", "Paris", "파리", "Europe/Paris"), ("FR", "Lyon", "리옹", "Europe/Paris"), ("FR", "Toulouse", "툴루즈", "Europe/Paris"),
    ("FR", "Marseille", "마르세유", "Europe/Paris"), ("FR", "Grenoble", "그르노블", "Europe/Paris"),
    ("NL", "Amsterdam", "암스테르담", "Europe/Amsterdam"), ("NL", "Rotterdam", "로테르담", "Europe/Amsterdam"),
    ("NL", "Eindhoven", "에인트호번", "Europe/Amsterdam"), ("NL", "The Hague", "헤이그", "Europe/Amsterdam"),
    ("BE", "Brussels", "브뤼셀", "Europe/Brussels"), ("BE", "Antwerp", "안트베르펜", "Europe/Brussels"),
    ("BE", "Leuven", "뢰벤", "Europe/Brussels"), ("LU", "Luxembourg", "룩셈부르크", "Europe/Luxembourg"),
    ("CH", "Zurich", "취리히", "Europe/Zurich"), ("CH", "Basel", "바젤", "Europe/Zurich"), ("CH", "Geneva", "제네바", "Europe/Zurich"),
    ("CH", "Lausanne", "로잔", "Europe/Zurich"), ("AT", "Vienna", "빈", "Europe/Vienna"), ("AT", "Graz", "그라츠", "Europe/Vienna"),
    ("IE", "Dublin", "더블린", "Europe/Dublin"), ("IE", "Cork", "코크", "Europe/Dublin"),
    ("GB", "London", "런던", "Europe/London"), ("GB", "Manchester", "맨체스터", "Europe/London"),
    ("GB", "Cambridge", "케임브리지", "Europe/London"), ("GB", "Oxford", "옥스퍼드", "Europe/London"),
    ("GB", "Edinburgh", "에든버러", "Europe/London"), ("GB", "Birmingham", "버밍엄", "Europe/London"),
    # Nordics
    ("SE", "Stockholm", "스톡홀름", "Europe/Stockholm"), ("SE", "Gothenburg", "예테보리", "Europe/Stockholm"),
    ("SE", "Malmö", "말뫼", "Europe/Stockholm"), ("DK", "Copenhagen", "코펜하겐", "Europe/Copenhagen"),
    ("DK", "Aarhus", "오르후스", "Europe/Copenhagen"), ("NO", "Oslo", "오슬로", "Europe/Oslo"),
    ("NO", "Bergen", "베르겐", "Europe/Oslo"), ("FI", "Helsinki", "헬싱키", "Europe/Helsinki"),
    ("FI", "Espoo", "에스포", "Europe/Helsinki"),
    # Southern and central Europe
    ("IT", "Milan", "밀라노", "Europe/Rome"), ("IT", "Rome", "로마", "Europe/Rome"), ("IT", "Turin", "토리노", "Europe/Rome"),
    ("ES", "Madrid", "마드리드", "Europe/Madrid"), ("ES", "Barcelona", "바르셀로나", "Europe/Madrid"),
    ("ES", "Valencia", "발렌시아", "Europe/Madrid"), ("PL", "Warsaw", "바르샤바", "Europe/Warsaw"),
    ("PL", "Wrocław", "브로츠와프", "Europe/Warsaw"), ("PL", "Kraków", "크라쿠프", "Europe/Warsaw"),
    ("PL", "Katowice", "카토비체", "Europe/Warsaw"), ("CZ", "Prague", "프라하", "Europe/Prague"),
    ("CZ", "Brno", "브르노", "Europe/Prague"), ("HU", "Budapest", "부다페스트", "Europe/Budapest"),
    ("HU", "Debrecen", "데브레첸", "Europe/Budapest"), ("TR", "Istanbul", "이스탄불", "Europe/Istanbul"),
    ("TR", "Ankara", "앙카라", "Europe/Istanbul"),
    # Middle East
    ("AE", "Dubai", "두바이", "Asia/Dubai"), ("AE", "Abu Dhabi", "아부다비", "Asia/Dubai"),
    ("SA", "Riyadh", "리야드", "Asia/Riyadh"), ("SA", "Jeddah", "제다", "Asia/Riyadh"),
    ("SA", "Dammam", "담맘", "Asia/Riyadh"), ("IL", "Tel Aviv", "텔아비브", "Asia/Jerusalem"),
    ("IL", "Jerusalem", "예루살렘", "Asia/Jerusalem"), ("IL", "Haifa", "하이파", "Asia/Jerusalem"),
    ("IR", "Tehran", "테헤란", "Asia/Tehran"),
    # South and Southeast Asia, Oceania
    ("IN", "New Delhi", "뉴델리", "Asia/Kolkata"), ("IN", "Mumbai", "뭄바이", "Asia/Kolkata"),
    ("IN", "Bengaluru", "벵갈루루", "Asia/Kolkata"), ("IN", "Chennai", "첸나이", "Asia/Kolkata"),
    ("IN", "Hyderabad", "하이데라바드", "Asia/Kolkata"), ("SG", "Singapore", "싱가포르", "Asia/Singapore"),
    ("VN", "Hanoi", "하노이", "Asia/Ho_Chi_Minh"), ("VN", "Ho Chi Minh City", "호찌민", "Asia/Ho_Chi_Minh"),
    ("VN", "Da Nang", "다낭", "Asia/Ho_Chi_Minh"), ("ID", "Jakarta", "자카르타", "Asia/Jakarta"),
    ("ID", "Surabaya", "수라바야", "Asia/Jakarta"), ("MY", "Kuala Lumpur", "쿠알라룸푸르", "Asia/Kuala_Lumpur"),
    ("MY", "Penang", "페낭", "Asia/Kuala_Lumpur"), ("TH", "Bangkok", "방콕", "Asia/Bangkok"),
    ("AU", "Sydney", "시드니", "Australia/Sydney"), ("AU", "Melbourne", "멜버른", "Australia/Melbourne"),
    ("AU", "Brisbane", "브리즈번", "Australia/Brisbane"), ("AU", "Perth", "퍼스", "Australia/Perth"),
    ("AU", "Adelaide", "애들레이드", "Australia/Adelaide"), ("NZ", "Auckland", "오클랜드", "Pacific/Auckland"),
    ("NZ", "Wellington", "웰링턴", "Pacific/Auckland"),
)  # fmt: skip

CITIES: tuple[City, ...] = tuple(City(*row) for row in _CITIES)


@cache
def cities_of(country_code: str) -> tuple[City, ...]:
    """The country's cities, by English name."""
    code = country_code.upper()
    return tuple(sorted((c for c in CITIES if c.country_code == code), key=lambda c: c.name_en))


def find_city(country_code: str, name: str) -> City | None:
    """The listed city of that name (English or Korean, any case), or None."""
    wanted = name.strip().casefold()
    return next((c for c in cities_of(country_code) if wanted in (c.name_en.casefold(), c.name_ko)), None)
