"""Domain errors: a stable code, the values it speaks of, and words for a user in ko or en.

Services raise these and nothing else for conditions a user can act on; the CLI prints the
message on one line, the desktop turns the code into a message next to the field.
"""

from __future__ import annotations

from typing import Any

# code -> (Korean, English); {placeholders} are filled from the error's params.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("{field} 항목은 필수입니다.", "{field} is required."),
    "too_long": ("{field} 항목은 {max}자를 넘을 수 없습니다.", "{field} may not be longer than {max} characters."),
    "invalid_value": ("{field} 값이 올바르지 않습니다: {value}", "{field} has an invalid value: {value}"),
    "negative_amount": ("{field} 금액은 0 이상이어야 합니다.", "{field} must not be negative."),
    "amount_too_large": ("{field} 값이 너무 큽니다: {value}", "{field} is too large: {value}"),
    "invalid_currency": (
        "통화 코드는 ISO 4217의 영문 3자리(예: USD, KRW)여야 합니다: {value}",
        "A currency is an ISO 4217 code such as USD or KRW: {value}",
    ),
    "rate_of_usd": ("USD는 환율이 필요 없습니다 (1달러 = 1달러).", "USD needs no rate (1 USD = 1 USD)."),
    "invalid_rate": (
        "환율은 1달러당 해당 통화 금액으로, 0보다 큰 숫자여야 합니다: {value}",
        "A rate is the currency's units per US dollar, a number above 0: {value}",
    ),
    "rates_file_unreadable": ("환율 파일을 읽을 수 없습니다: {reason}.", "Cannot read the rates file: {reason}."),
    "rates_file_row": (
        "환율 파일 {line}행: {reason} 아무것도 저장하지 않았습니다.",
        "Rates file, line {line}: {reason} Nothing was saved.",
    ),
    "invalid_weight": (
        "가중치는 -10부터 10 사이의 숫자여야 합니다(예: 3, 0.5, -1): {value}",
        "A weight is a number from -10 to 10 (e.g. 3, 0.5, -1): {value}",
    ),
    "invalid_quarter": ("분기는 1~4 사이여야 합니다: {value}", "A quarter is 1 to 4: {value}"),
    "invalid_probability": ("가능성은 0~100 사이여야 합니다.", "Probability must be between 0 and 100."),
    "date_order": ("종료일이 시작일보다 앞설 수 없습니다.", "The end date cannot be before the start date."),
    "unknown_time_zone": ("알 수 없는 시간대입니다: {value}", "Unknown time zone: {value}"),
    "nonexistent_local_time": (
        "{value}은(는) 서머타임 전환으로 그 도시의 시계에 없는 시각입니다.",
        "{value} does not exist on that city's clocks (the clocks go forward then).",
    ),
    "invalid_email": ("이메일 주소 형식이 올바르지 않습니다: {value}", "Not a valid e-mail address: {value}"),
    "not_found": ("{entity}을(를) 찾을 수 없습니다: {key}", "No {entity} found for: {key}"),
    "merge_same_record": ("같은 기록끼리는 병합할 수 없습니다.", "A record cannot be merged with itself."),
    "merge_changed": (
        "병합한 뒤 기록이 바뀌어 병합을 되돌릴 수 없습니다.",
        "The records changed after the merge; the merge cannot be undone.",
    ),
    "ambiguous": (
        "'{key}'에 해당하는 {entity}이(가) 여러 개입니다: {candidates}",
        "'{key}' matches several {entity} records: {candidates}",
    ),
    "stale": (
        "다른 사용자가 이 {entity} 기록을 먼저 수정했습니다. 다시 불러온 뒤 저장하세요.",
        "Someone else changed this {entity} meanwhile. Reload it before saving.",
    ),
    "deleted": ("삭제된 {entity} 기록입니다.", "This {entity} has been deleted."),
    "confidential_needs_code_name": (
        "대외비 프로젝트에는 코드명이 필요합니다.",
        "A confidential project needs a code name.",
    ),
    "lost_needs_reason": ("'무산' 단계로 옮기려면 사유를 입력하세요.", "Moving a project to 'lost' needs a reason."),
    "empty_query": ("검색어를 입력하세요.", "Enter something to search for."),
    "database_url": ("데이터베이스 주소가 올바르지 않습니다: {value}", "Not a usable database URL: {value}"),
    "database_unreachable": (
        "데이터베이스에 연결할 수 없습니다 ({url}): {reason}",
        "Cannot connect to the database ({url}): {reason}",
    ),
    "not_our_database": (
        "kotra-invest 데이터베이스가 아닌 파일입니다 (다른 프로그램의 데이터): {path}",
        "This file holds another program's data, not a kotra-invest database: {path}",
    ),
    "database_busy": (
        "다른 작업(가져오기 등)이 데이터베이스를 쓰고 있습니다. 잠시 후 다시 시도하세요.",
        "Another task (an import?) is writing to the database; try again in a moment.",
    ),
    "database_corrupt": (
        "데이터베이스 파일이 손상되었거나 데이터베이스가 아닙니다: {path}",
        "The database file is damaged or not a database: {path}",
    ),
    "database_corrupt_backup": (
        '데이터베이스 파일이 손상되었습니다: {path}. 가장 최근의 정상 백업으로 복원하세요: kotra-invest db restore "{backup}"',
        'The database file is damaged: {path}. Restore the latest good backup with: kotra-invest db restore "{backup}"',
    ),
    "schema_too_new": (
        "이 데이터베이스는 더 새로운 버전의 kotra-invest로 만들어졌습니다 ({revision}). 프로그램을 업데이트하세요.",
        "This database was made by a newer kotra-invest ({revision}); please update the program.",
    ),
    "schema_outdated": (
        "데이터베이스 구조가 오래되었습니다. 'kotra-invest db upgrade'를 실행하세요.",
        "The database schema is out of date; run 'kotra-invest db upgrade'.",
    ),
    "read_only": (
        "{login} 님은 조회 권한만 있어 변경할 수 없습니다.",
        "{login} has read-only access and cannot make changes.",
    ),
    "admin_only": (
        "관리자만 할 수 있는 작업입니다 ({login} 님은 관리자가 아닙니다).",
        "Only an administrator can do this ({login} is not one).",
    ),
    "cancelled": ("취소했습니다. 기존 파일은 그대로입니다.", "Cancelled; any existing file is unchanged."),
    "access_reason_required": (
        '개인정보가 담긴 자료를 인쇄하거나 내려받으려면 사유를 적어야 합니다 (--reason "…").',
        'Printing or downloading personal data needs a reason: give it with --reason "…".',
    ),
    "retention_too_short": (
        "개인정보 접속기록은 최소 {min}일 보관해야 합니다 ({value}일은 너무 짧습니다).",
        "The access log must be kept at least {min} days ({value} is too short).",
    ),
    "audit_chain_broken": (
        "감사 기록의 해시 체인이 끊어졌습니다: {chain} 기록 {entry} ({when}, {table}): {reason}",
        "The {chain} hash chain is broken at entry {entry} ({when}, {table}): {reason}",
    ),
    "write_failed": ("파일을 쓸 수 없습니다: {path} ({reason})", "Cannot write {path}: {reason}"),
    "backup_failed": ("백업할 수 없습니다: {reason}", "Backup failed: {reason}"),
    "restore_failed": ("복원할 수 없습니다: {reason}", "Restore failed: {reason}"),
    "not_supported": (
        "{what} 기능은 이 데이터베이스에서 지원되지 않습니다.",
        "{what} is not supported on this database.",
    ),
    "demo_not_empty": (
        "데이터베이스에 이미 투자가 정보가 있습니다. 데모 데이터는 빈 데이터베이스에만 넣을 수 있습니다.",
        "The database already holds investors; demo data goes only into an empty database.",
    ),
    # --- desktop page services (projects, contacts, interactions, tasks, FEZ, delegation page) ---
    "not_of_investor": (
        "{field} 항목이 이 투자가의 것이 아닙니다.",
        "The {field} chosen belongs to another investor.",
    ),
    "consent_date_without_answer": (
        "동의 여부를 정하지 않았는데 동의 일자가 있습니다.",
        "A consent date needs a consent answer (given or withdrawn).",
    ),
    "already_a_target": (
        "이미 이 유치단의 면담 대상 투자가입니다.",
        "This investor is already on the delegation's list to meet.",
    ),
    # --- mission packs (sync) ---
    "pack_missing": (
        "출장 팩 파일을 열 수 없습니다: {path} ({reason})",
        "Cannot open the mission pack {path}: {reason}",
    ),
    "not_a_pack": ("출장 팩 파일이 아닙니다: {path}", "This file is not a kotra-invest mission pack: {path}"),
    "pack_locked": (
        "출장 팩이 손상되었거나 암호로 보호되어 있습니다. 암호를 입력하세요: {path}",
        "The mission pack is damaged, or protected by a passphrase (give it): {path}",
    ),
    "pack_wrong_passphrase": (
        "출장 팩의 암호가 틀렸습니다(또는 파일이 손상되었습니다): {path}",
        "Wrong passphrase for the mission pack (or the file is damaged): {path}",
    ),
    "pack_damaged": (
        "출장 팩 파일이 손상되었습니다. 아무것도 병합하지 않았습니다: {path}",
        "The mission pack is damaged; nothing was merged: {path}",
    ),
    "pack_outdated": (
        "이전 버전의 kotra-invest로 만든 출장 팩입니다. 프로그램에서 한 번 연 뒤 다시 병합하세요: {path}",
        "The mission pack was made by an older kotra-invest; open it in the app once, then merge it: {path}",
    ),
    "pack_too_new": (
        "더 새로운 버전의 kotra-invest로 만든 출장 팩입니다. 프로그램을 업데이트하세요: {path}",
        "The mission pack was made by a newer kotra-invest; please update the program: {path}",
    ),
    "pack_other_database": (
        "이 출장 팩은 다른 데이터베이스({source})에서 만든 것이라 여기에 병합할 수 없습니다: {path}",
        "This mission pack was cut from another database ({source}) and cannot be merged here: {path}",
    ),
    "merge_unresolved": (
        "해결하지 않은 충돌이 {count}건 있어 병합하지 않았습니다.",
        "{count} conflict(s) are unresolved; nothing was merged.",
    ),
    "merge_conflicts_report": (
        "충돌 {count}건이 있어 병합하지 않았습니다. 보고서: {report} (--prefer pack|home 으로 일괄 선택)",
        "{count} conflict(s); nothing was merged. See {report} (or choose with --prefer pack|home).",
    ),
    "merge_home_changed": (
        "병합을 준비한 뒤 {entity} 기록이 변경되었습니다. 병합을 다시 준비하세요.",
        "A {entity} record changed here since the merge was planned; plan the merge again.",
    ),
    "pack_left_wal": (
        "저장한 편집 일부가 이 파일이 아니라 옆의 {path}에 남아 있습니다. 팩을 프로그램에서 한 번 열었다 닫은 뒤 복사하세요.",
        "Saved edits are not in this file but in {path} beside it: open and close the pack in the app once, then copy it.",
    ),
    "pack_left_journal": (
        "프로그램이 변경을 쓰던 중 멈췄습니다({path}). 그 변경은 이 팩에 없습니다.",
        "The app stopped while writing a change ({path}); that change is not in this pack.",
    ),
    "pack_copied_open": (
        "이 파일은 {host}에서 팩이 열려 있는 동안({since}부터) 복사되었거나 프로그램이 팩을 닫지 못했습니다. 그 뒤의 편집은 이 파일에 없습니다.",
        "This file was copied while the pack was open on {host} (since {since}), or the app never closed it: edits made after that are not in it.",
    ),
    "merge_already_home": (
        "이미 병합됨: 이 출장 팩의 더 새로운 사본을 먼저 병합했으므로 이 옛 값은 적용하지 않았습니다.",
        "already home: a newer copy of this pack was merged before; this older value was not applied",
    ),
    "merge_erased": (
        "요청에 따라 삭제한 개인정보입니다. 복원하지 않았습니다.",
        "erased on request, not restored",
    ),
    "merge_depends_on_refused": (
        "받아들이지 않은 {entity} 기록에 딸린 기록이라 가져오지 않았습니다.",
        "belongs to a {entity} record that was refused, so it was not brought in",
    ),
    "merge_twin": (
        "양쪽에서 따로 만든 같은 {entity}일 수 있습니다({why}). 두 기록을 하나로 합치세요.",
        "probably the same {entity} created on both sides ({why}): merge the two records",
    ),
    "merge_forbidden": (
        "출장 팩이 볼 권한이 없는 대외비 프로젝트를 변경합니다. 병합하지 않았습니다.",
        "The mission pack changes a confidential project you may not see; nothing was merged.",
    ),
    "passphrase_file": (
        "암호 파일을 읽을 수 없습니다: {path} ({reason})",
        "Cannot read the passphrase file {path}: {reason}",
    ),
    # --- server: roles, history, personal data, connections ---
    "not_permitted": (
        "이 {entity} 기록을 변경할 수 없습니다 ({owner} 담당 기록입니다).",
        "You may not change this {entity} record (it belongs to {owner}).",
    ),
    "server_refused": (
        "서버가 이 변경을 거부했습니다: 이 기록을 변경할 권한이 없습니다 ({reason}).",
        "The server refused this change: you may not change this record ({reason}).",
    ),
    "login_on_server": (
        "공용 서버에서는 --login을 쓸 수 없습니다: 자신의 서버 계정({user})으로 접속하세요.",
        "--login cannot be used on a shared server: connect with your own server login (you are {user}).",
    ),
    "not_database_owner": (
        "'server init'은 데이터베이스 소유자만 실행할 수 있습니다 (현재 {user}).",
        "Only the database's owner may run 'server init' (you are {user}).",
    ),
    "not_a_server": (
        "이 명령은 공용 PostgreSQL 서버에서만 쓸 수 있습니다: {what}",
        "This works only on a shared PostgreSQL server: {what}",
    ),
    "password_file": (
        "비밀번호 파일을 읽을 수 없습니다: {path} ({reason})",
        "Cannot read the password file {path}: {reason}",
    ),
    "passwords_differ": (
        "두 번 입력한 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.",
        "The two passwords typed differ; nothing was changed.",
    ),
    "not_a_login": (
        "{login}은(는) kotra-invest 사용자로 만들 수 없는 서버 역할입니다.",
        "{login} is a server role that cannot be made a kotra-invest user.",
    ),
    "no_database": (
        "데이터베이스가 없습니다: {path}. 새로 만들려면 'kotra-invest db upgrade'(빈 데이터베이스) 또는 'kotra-invest demo'를 실행하십시오.",
        "There is no database at {path}. Create one with 'kotra-invest db upgrade' (empty) or 'kotra-invest demo'.",
    ),
    "everyone_not_permitted": (
        "모든 직원의 할 일은 관리자와 유치단 단장만 볼 수 있습니다.",
        "Only administrators and delegation leaders see everyone's tasks.",
    ),
    "officer_exists": ("이미 있는 로그인입니다: {login}", "An officer with login {login} already exists."),
    "last_admin": (
        "마지막 관리자는 권한을 잃거나 비활성화될 수 없습니다.",
        "The last active administrator cannot lose the role or be deactivated.",
    ),
    "not_restorable": (
        "이 변경 기록은 되돌릴 수 없습니다: {reason}",
        "This change cannot be restored: {reason}",
    ),
    "erased": ("개인정보가 삭제된 연락처입니다.", "This contact's personal data has been erased."),
    "keyring_unavailable": (
        "비밀번호를 안전하게 저장할 곳(OS 키링)이 없습니다. 접속할 때마다 비밀번호를 입력하세요.",
        "No secure password store (OS keyring) is available; enter the password each time you connect.",
    ),
    "server_auth_failed": (
        "서버 {url}에 로그인할 수 없습니다: 사용자 이름이나 비밀번호를 확인하세요.",
        "Cannot sign in to {url}: check the user name and password.",
    ),
    # --- import ---
    "header_name_taken": ("{value}은(는) 이미 {field} 열의 이름입니다.", "{value} already names the {field} column."),
    "synonym_taken": ("{value}은(는) 이미 {row}의 다른 이름입니다.", "{value} already names {row}."),
    "unknown_filter_code": (
        "{value}은(는) 알 수 없는 코드입니다. 'kotra-invest reference list {kind}'로 코드를 확인하세요.",
        "Unknown code for {kind}: {value} (see 'kotra-invest reference list {kind}').",
    ),
    "import_unknown_owner_stop": (
        "{row}행의 담당자 {value}은(는) 등록된 직원이 아니어서 가져오기를 멈췄습니다. 아무것도 저장하지 않았습니다.",
        "Row {row} names {value} as owner, who is no officer here: the import stopped and stored nothing.",
    ),
    "import_too_large": (
        "{path}은(는) 압축을 풀면 {size}로 가져오기 한도 {limit}를 넘어 열지 않았습니다. 파일을 나누거나 설정 {setting}을(를) 늘리세요.",
        "{path} was not opened: it unpacks to {size}, more than the import limit of {limit}; split the file or raise the setting {setting}.",
    ),
    "import_too_many_cells": (
        "{path}에는 셀이 {cells}개 넘게 있어 가져오기 한도 {limit}개를 넘습니다. 파일을 나누거나 설정 {setting}을(를) 늘리세요.",
        "{path} holds more than {cells} cells, over the import limit of {limit}; split the file or raise the setting {setting}.",
    ),
    "import_drm": (
        "{path}: 문서보안(DRM) 프로그램으로 보호된 파일입니다. 보호를 해제한 사본을 저장하거나 보안 담당자에게 문의하세요.",
        "{path}: this file is protected by document security software: save an unprotected copy or ask your security officer.",
    ),
    "import_file_missing": ("파일을 찾을 수 없습니다: {path}", "File not found: {path}"),
    "import_unreadable": ("파일을 읽을 수 없습니다: {path} ({reason})", "Cannot read {path}: {reason}"),
    "import_empty": ("빈 파일입니다. 가져올 내용이 없습니다: {path}", "{path} is empty: there is nothing to import."),
    "import_encrypted": (
        "암호로 보호된 통합 문서입니다: {path}. Excel에서 암호를 해제하고 저장한 뒤 다시 가져오세요.",
        "{path} is password-protected. Remove the password in Excel, save, and import it again.",
    ),
    "import_legacy_xls": (
        "예전 Excel 형식(.xls)입니다: {path}. Excel에서 .xlsx로 저장한 뒤 가져오세요.",
        "{path} is an old Excel (.xls) workbook. Save it as .xlsx in Excel and import that.",
    ),
    "import_not_spreadsheet": (
        "Excel(.xlsx) 또는 CSV 파일이 아니거나 손상된 파일입니다: {path}",
        "{path} is not an Excel (.xlsx) or CSV file, or it is damaged.",
    ),
    "import_encoding": (
        "CSV 파일의 문자 인코딩을 알 수 없습니다 (UTF-8도 CP949도 아님): {path}. 인코딩을 지정하세요.",
        "Cannot tell the character encoding of {path} (neither UTF-8 nor CP949); choose the encoding.",
    ),
    "import_encoding_unknown": ("알 수 없는 인코딩입니다: {encoding}", "Unknown encoding: {encoding}"),
    "import_encoding_wrong": (
        "{path} 파일은 {encoding} 인코딩으로 읽을 수 없습니다.",
        "{path} cannot be read as {encoding}.",
    ),
    "import_no_sheet": (
        "'{sheet}' 시트가 없습니다. 있는 시트: {sheets}",
        "There is no sheet '{sheet}'. Sheets: {sheets}",
    ),
    "import_no_header": (
        "머리글 행(열 이름)을 찾을 수 없습니다: {path}. 첫 행들에 '회사명', '국가' 같은 열 이름이 있어야 합니다.",
        "No header row (column names) found in {path}; the first rows should name columns such as 'Company name'.",
    ),
    "import_bad_mapping": (
        "열 매핑 파일을 쓸 수 없습니다: {path} ({reason})",
        "The column mapping {path} cannot be used: {reason}",
    ),
    "import_mapping_mismatch": (
        "열 매핑이 이 파일의 머리글과 맞지 않습니다: {path}",
        "The column mapping does not belong to the headers of {path}.",
    ),
    "import_mapping_incomplete": (
        "필수 항목에 연결된 열이 없습니다: {fields}",
        "No column is mapped to the required fields: {fields}",
    ),
    "import_bad_amount": (
        "금액으로 읽을 수 없습니다: {value} (예: 4억2000만, USD 12.5M, 12,500,000)",
        "Not an amount: {value} (e.g. 4억2000만, USD 12.5M, 12,500,000)",
    ),
    "import_bad_date": (
        "날짜로 읽을 수 없습니다: {value} (예: 2026.3.4, 2026-03-04)",
        "Not a date: {value} (e.g. 2026.3.4, 2026-03-04)",
    ),
    "import_ambiguous_date": (
        "월/일 순서를 알 수 없는 날짜입니다: {value}. 2026-03-04처럼 연-월-일로 적으세요.",
        "{value} could be day/month or month/day; write it year-month-day like 2026-03-04.",
    ),
    "import_bad_phone": ("올바른 전화번호가 아닙니다: {value}", "Not a valid phone number: {value}"),
    "import_unknown_reference": (
        "기준 정보에 없는 값입니다: {value} (비슷한 값: {hint})",
        "Not in the reference data: {value} (closest: {hint})",
    ),
    "import_unknown_officer": ("등록되지 않은 담당자입니다: {value}", "No officer with this login or name: {value}"),
    "import_unknown_choice": (
        "허용되지 않는 값입니다: {value} (가능한 값: {choices})",
        "{value} is not one of: {choices}",
    ),
    "import_investor_unknown": (
        "등록된 투자가 중에 '{value}'이(가) 없습니다. 투자가를 먼저 가져오세요.",
        "No investor '{value}' in the database; import the investors first.",
    ),
    "import_investor_ambiguous": (
        "'{value}'에 해당하는 투자가가 여러 곳입니다: {candidates}",
        "'{value}' matches several investors: {candidates}",
    ),
    "import_contact_unknown": (
        "이 투자가의 연락처 중에 '{value}'이(가) 없습니다.",
        "No contact '{value}' at this investor.",
    ),
    "import_needs_delegation": (
        "일정·단원을 넣을 투자유치단을 고르세요 (명령줄: --delegation).",
        "Choose the delegation the itinerary or members belong to (command line: --delegation).",
    ),
    "import_project_unknown": (
        "'{investor}'의 프로젝트 중에 '{value}'이(가) 없습니다. 프로젝트를 먼저 가져오세요.",
        "No project '{value}' of '{investor}' in the database; import the projects first.",
    ),
    "import_subject_unknown": (
        "'{value}'이(가) 등록된 프로젝트·투자가·투자유치단에 없습니다. 그 목록을 먼저 가져오세요.",
        "No project, investor or delegation '{value}' in the database; import those lists first.",
    ),
    "import_subject_ambiguous": (
        "'{value}'에 해당하는 기록이 여러 개입니다: {candidates}",
        "'{value}' matches several records: {candidates}",
    ),
    "import_bad_destination": (
        "방문지로 읽을 수 없습니다: {value} (예: 프랑크푸르트 (DE), Boston (US))",
        "Not a destination: {value} (e.g. Frankfurt (DE), Boston (US))",
    ),
    "import_city_zone_unknown": (
        "{value}의 시간대를 알 수 없습니다. 투자유치단 창에서 방문지를 추가하며 시간대를 고르세요.",
        "No time zone is known for {value}; add this destination in the delegation window, where its zone is picked.",
    ),
}


# The words for field names that appear in messages; a field not listed is shown as named.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    # The delegations and tasks lists read back by the import (its messages and preview columns).
    "objectives": ("목표", "Objectives"),
    "completed_at": ("완료 시각", "Completed at"),
    "lead_provinces": ("주관 시·도", "Lead provinces"),
    "destinations": ("방문지", "Destinations"),
    "about": ("관련 대상", "About"),
    "dates": ("일정", "Dates"),
    "contact_name": ("상대 담당자", "Contact person"),
    "contact_title": ("담당자 직책", "Contact's job title"),
    "contact_email": ("담당자 이메일", "Contact e-mail"),
    "contact_phone": ("담당자 전화", "Contact phone"),
    "project_title": ("프로젝트명", "Project title"),
    "project_capex": ("투자 예정액", "Planned investment"),
    "project_currency": ("통화", "Currency"),
    "project_stage": ("진행 단계", "Project stage"),
    "meeting_date": ("최근 접촉일", "Last contact"),
    "meeting_summary": ("최근 접촉 내용", "Last contact notes"),
    "place": ("장소", "Place"),
    "their_participants": ("상대측 참석자", "Their participants"),
    "our_participants": ("우리측 참석자", "Our participants"),
    "size": ("기업 규모", "Company size"),
    "tags": ("태그", "Tags"),
    "in_korea": ("국내 사업장 보유", "Operates in Korea"),
    "hq_city": ("본사 소재지", "HQ city"),
    "korean_sites": ("국내 사업장", "Korean sites"),
    "weight": ("추천 가중치", "Recommendation weight"),
    "limit": ("개수", "Limit"),
    "name": ("회사명", "Name"),
    "name_ko": ("한글 회사명", "Korean name"),
    "country": ("국가", "Country"),
    "industry": ("산업", "Industry"),
    "target_industry": ("목표 산업", "Target industry"),
    "website": ("웹사이트", "Website"),
    "owner": ("담당자", "Owner"),
    "merged_from": ("병합된 기록", "Merged from"),
    "merged_into_id": ("병합 대상", "Merged into"),
    "notes": ("메모", "Notes"),
    "title": ("제목", "Title"),
    "title_en": ("영문 제목", "English title"),
    "year": ("연도", "Year"),
    "province": ("시·도", "Province"),
    "lead_province": ("주관 시·도", "Lead province"),
    "city": ("도시", "City"),
    "time_zone": ("시간대", "Time zone"),
    "email": ("이메일", "E-mail"),
    "query": ("검색어", "Search text"),
    "status": ("상태", "Status"),
    "sort": ("정렬", "Sort"),
    "delegation": ("유치단", "Delegation"),
    "investor": ("투자가", "Investor"),
    "output": ("출력 파일", "Output file"),
    "amount": ("금액", "Amount"),
    "capex": ("투자 예정액", "Expected capex"),
    "starts_local": ("시작 시각", "Start time"),
    "ends_local": ("종료 시각", "End time"),
    "ends_on": ("종료일", "End date"),
    # --- desktop page services (projects, contacts, interactions, tasks, FEZ, delegation page) ---
    "stage": ("단계", "Stage"),
    "code_name": ("코드명", "Code name"),
    "lost_reason": ("무산 사유", "Reason lost"),
    "capex_currency": ("투자 예정액 통화", "Capex currency"),
    "expected_jobs": ("예상 고용", "Expected jobs"),
    "probability": ("가능성", "Probability"),
    "fez": ("경제자유구역", "FEZ"),
    "region": ("권역", "Region"),
    "project": ("프로젝트", "Project"),
    "contact": ("연락처", "Contact"),
    "full_name": ("성명", "Full name"),
    "job_title": ("직위", "Job title"),
    "phone": ("전화", "Phone"),
    "consent_on": ("동의 일자", "Consent date"),
    "source": ("출처", "Source"),
    "occurred_at": ("일시", "Date and time"),
    "summary": ("요약", "Summary"),
    "outcome": ("결과", "Outcome"),
    "officer": ("담당관", "Officer"),
    "assignee": ("담당자", "Assignee"),
    "due_on": ("기한", "Due date"),
    "starts_on": ("시작일", "Start date"),
    "leads_generated": ("발굴 리드 수", "Leads generated"),
    "on_date": ("일자", "Date"),
    "currency": ("통화", "Currency"),
    "units_per_usd": ("환율 (1달러당)", "Rate (units per USD)"),
    "exchange rate": ("환율", "exchange rate"),
    "direct_country": ("직접투자자 국적", "Direct investor's country"),
    "new_or_additional": ("신규·증액", "New / additional"),
    "note": ("비고", "Note"),
    "priority": ("우선순위", "Priority"),
    "talking_points": ("면담 요점", "Talking points"),
    "meetings_held": ("면담 건수", "Meetings held"),
    "mous": ("MOU 건수", "MOUs signed"),
    "pledged_usd": ("투자 약속액 (USD)", "Pledged (USD)"),
    "leader": ("단장", "Leader"),
    "organisation": ("소속", "Organisation"),
    "position": ("직책", "Position"),
    "interaction": ("면담 기록", "Interaction"),
    "task": ("할 일", "Task"),
    "promotion_event": ("공동 홍보 행사", "Promotion event"),
    "meeting_target": ("면담 대상", "Investor to meet"),
    "delegation_member": ("유치단원", "Delegation member"),
    "itinerary_item": ("일정", "Itinerary entry"),
    "fdi_amount": ("투자 금액", "FDI amount"),
    "merge_report": ("병합 보고서", "Merge report"),
    "results": ("성과 요약", "Results summary"),
    # --- server ---
    "login": ("로그인", "Login"),
    "role": ("권한", "Role"),
    "audit_entry": ("변경 기록", "Change record"),
    "reason": ("사유", "Reason"),
    "host": ("서버 주소", "Server"),
    "port": ("포트", "Port"),
    "database": ("데이터베이스", "Database"),
    "user": ("사용자", "User"),
    "sslmode": ("SSL 모드", "SSL mode"),
}


class DomainError(Exception):
    """A condition the user can act on. `field` names the input it is about, if any."""

    def __init__(self, code: str, *, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        ko, en = MESSAGES.get(self.code, ("{code}", "{code}"))
        template = ko if lang == "ko" else en
        label = FIELD_LABELS.get(self.field or "", (self.field or "", self.field or ""))
        values = {"code": self.code, "field": label[0] if lang == "ko" else label[1], **self.params}
        # A value given in both languages (owner_ko, owner_en) fills {owner} in the reader's.
        values |= {k[:-3]: v for k, v in self.params.items() if k.endswith(f"_{'ko' if lang == 'ko' else 'en'}")}
        entity = FIELD_LABELS.get(str(self.params.get("entity", "")))
        if entity is not None and lang == "ko":  # "delegation" reads as 유치단 in a Korean sentence
            values["entity"] = entity[0]
        elif entity is not None and "_" in str(self.params["entity"]):
            # A table's name is no word: "grievance_case" reads as "grievance case" (an acronym kept).
            word = entity[1]
            values["entity"] = word if word[1:2].isupper() else word[:1].lower() + word[1:]
        try:
            return template.format(**values)
        except (KeyError, IndexError):
            return template


class ValidationError(DomainError):
    """Input breaks a rule of the domain; nothing was written."""


class NotFound(DomainError):
    def __init__(self, entity: str, key: object) -> None:
        super().__init__("not_found", entity=entity, key=key)


class Ambiguous(DomainError):
    def __init__(self, entity: str, key: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__("ambiguous", entity=entity, key=key, candidates="; ".join(candidates))


class StaleRecord(DomainError):
    """The record changed in the database since it was read (optimistic locking)."""

    def __init__(self, entity: str) -> None:
        super().__init__("stale", entity=entity)


class StorageError(DomainError):
    """The database cannot be used: wrong URL, unreachable server, damaged file, wrong schema."""
