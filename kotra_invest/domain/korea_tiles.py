"""Where each of the 17 시·도 sits on the tile map of Korea: a square grid, no boundary data.

The arrangement follows the press's tile maps of Korea: the capital region in the north-west
(Incheon on the coast, Seoul, Gyeonggi around it), Gangwon in the north-east, the Chungcheong
provinces with Sejong and Daejeon in the middle, the Honam side in the south-west, the
Yeongnam side (Gyeongbuk, Daegu, Ulsan, Busan, Gyeongnam) in the south-east, and Jeju alone
in the sea below. Columns run west to east, rows north to south; Jeju's row is fractional so
the sea shows between it and the mainland.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tile:
    code: str  # ISO 3166-2:KR, the province's reference code
    column: float
    row: float
    short_ko: str  # a tile has room for the short name only: 서울, not 서울특별시
    short_en: str

    def short(self, lang: str) -> str:
        return self.short_ko if lang == "ko" else self.short_en


TILES: tuple[Tile, ...] = (
    Tile("KR-28", 0, 0, "인천", "Incheon"),
    Tile("KR-11", 1, 0, "서울", "Seoul"),
    Tile("KR-41", 2, 0, "경기", "Gyeonggi"),
    Tile("KR-42", 3, 0, "강원", "Gangwon"),
    Tile("KR-44", 0, 1, "충남", "Chungnam"),
    Tile("KR-50", 1, 1, "세종", "Sejong"),
    Tile("KR-43", 2, 1, "충북", "Chungbuk"),
    Tile("KR-47", 3, 1, "경북", "Gyeongbuk"),
    Tile("KR-45", 0, 2, "전북", "Jeonbuk"),
    Tile("KR-30", 1, 2, "대전", "Daejeon"),
    Tile("KR-27", 2, 2, "대구", "Daegu"),
    Tile("KR-31", 3, 2, "울산", "Ulsan"),
    Tile("KR-29", 0, 3, "광주", "Gwangju"),
    Tile("KR-46", 1, 3, "전남", "Jeonnam"),
    Tile("KR-48", 2, 3, "경남", "Gyeongnam"),
    Tile("KR-26", 3, 3, "부산", "Busan"),
    Tile("KR-49", 0, 4.3, "제주", "Jeju"),
)

COLUMNS = 4
ROWS = 5.3  # Jeju's row and its tile

TILE_BY_CODE: dict[str, Tile] = {tile.code: tile for tile in TILES}
