<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessReason</name>
    <message>
        <location filename="../../ui/access_reason.py" line="24" />
        <source>print an investor profile</source>
        <translation>투자가 프로필을 인쇄하려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="25" />
        <source>export a briefing pack</source>
        <translation>유치단 브리핑 자료를 내보내려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="26" />
        <source>take a mission pack out</source>
        <translation>출장 팩을 반출하려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="27" />
        <source>export a person's data</source>
        <translation>개인의 정보를 내보내려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="28" />
        <source>export a history holding contacts' data</source>
        <translation>연락처 정보가 담긴 변경 이력을 내보내려고</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="114" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ui/projects.py" line="560" />
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="565" />
        <source>… %1 more in the table</source>
        <translation>… 표에 %1건 더 있음</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../ui/briefing_export.py" line="89" />
        <source>Export briefing pack</source>
        <translation>브리핑 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="91" />
        <source>PDF (to print and read)</source>
        <translation>PDF (인쇄·열람용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="92" />
        <source>Excel workbook (to edit)</source>
        <translation>엑셀 통합 문서 (편집용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="93" />
        <source>Itinerary calendar (.ics, for Outlook and phones)</source>
        <translation>일정 캘린더 (.ics, Outlook·휴대전화용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="108" />
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="119" />
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="126" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="127" />
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="128" />
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="149" />
        <source>Choose at least one file.</source>
        <translation>파일을 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="153" />
        <source>Folder for the briefing pack</source>
        <translation>브리핑 자료를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="163" />
        <source>There is no folder %1.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="187" />
        <source>Checking the briefing pack…</source>
        <translation>브리핑 자료 점검 중…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="201" />
        <source>Briefing pack written: %1</source>
        <translation>브리핑 자료를 썼습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="205" />
        <source>Writing the briefing pack…</source>
        <translation>브리핑 자료를 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="360" />
        <source>Check the whole file</source>
        <translation>파일 전체 검사</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="361" />
        <source>Nothing is stored yet. Choose what to do with duplicates, then Import.</source>
        <translation>아직 저장된 내용은 없습니다. 중복 항목 처리 방법을 선택한 후 가져오기를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364" />
        <source>Skip duplicates</source>
        <translation>중복 항목 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="365" />
        <source>Update the existing record (changed fields)</source>
        <translation>기존 레코드 갱신(변경된 필드)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="366" />
        <source>Create them anyway</source>
        <translation>그대로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="369" />
        <location filename="../../ui/import_wizard.py" line="373" />
        <source>Leave the row out</source>
        <translation>그 행은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="370" />
        <source>Create the investor from the row</source>
        <translation>행의 내용으로 투자가 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="374" />
        <source>Import the row without an owner</source>
        <translation>담당자 없이 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="375" />
        <source>Create the officer (administrators)</source>
        <translation>직원 계정 새로 만들기 (관리자)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="376" />
        <source>Stop the import</source>
        <translation>가져오기 멈추기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="382" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="382" />
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="382" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="385" />
        <source>Save the rows with errors as a workbook to fix…</source>
        <translation>오류가 있는 행을 수정용 통합 문서로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="390" />
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="391" />
        <source>Investors not in the database</source>
        <translation>데이터베이스에 없는 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="392" />
        <source>Owners who are not officers here</source>
        <translation>등록된 직원이 아닌 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="410" />
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="416" />
        <source>Checking the file…</source>
        <translation>파일 검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424" />
        <source>%1 rows read: %2 would be created, %3 updated, %4 skipped as duplicates, %5 rows have errors.</source>
        <translation>%1개 행 읽음: 생성 예정 %2건, 갱신 예정 %3건, 중복으로 건너뜀 %4건, 오류가 있는 행 %5개.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="442" />
        <source>Rows to fix</source>
        <translation>수정할 행</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="35" />
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="40" />
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="42" />
        <source>This record was changed by %1 while you were editing it. Nothing has been saved yet.</source>
        <translation>편집하는 동안 %1이(가) 이 레코드를 변경했습니다. 아직 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52" />
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52" />
        <source>Saved version</source>
        <translation>저장된 버전</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="60" />
        <source>&amp;Reload (discard mine)</source>
        <translation>다시 불러오기 - 내 변경 사항 버림(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="61" />
        <source>&amp;Overwrite with mine</source>
        <translation>내 변경 사항으로 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="62" />
        <source>&amp;Copy my changes, then reload</source>
        <translation>내 변경 사항 복사 후 다시 불러오기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect.py" line="39" />
        <source>Connect to server</source>
        <translation>서버 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="42" />
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="61" />
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="64" />
        <source>No system keyring here: the password is asked every time</source>
        <translation>시스템 키링을 사용할 수 없음: 매번 비밀번호를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="68" />
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="72" />
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="73" />
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="74" />
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="75" />
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="76" />
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="77" />
        <source>Encryption (sslmode)</source>
        <translation>암호화(sslmode)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="78" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="82" />
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="117" />
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="121" />
        <source>schema up to date</source>
        <translation>스키마 최신 상태</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="121" />
        <source>schema older than this program: run 'kotra-invest db upgrade'</source>
        <translation>스키마가 이 프로그램보다 오래됨: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="122" />
        <source>schema newer than this program: update kotra-invest</source>
        <translation>스키마가 이 프로그램보다 최신임: kotra-invest를 업데이트하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="122" />
        <source>empty database: run 'kotra-invest db upgrade'</source>
        <translation>빈 데이터베이스: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="123" />
        <source>Reachable (PostgreSQL %1); %2; the server signs you in as %3, role: %4.</source>
        <translation>연결 가능(PostgreSQL %1); %2; 서버가 인정하는 사용자: %3, 역할: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="138" />
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/investor_page.py" line="43" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="45" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="46" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="47" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="48" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="49" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="54" />
        <source>Consent to keep their data</source>
        <translation>개인정보 보관 동의</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="59" />
        <source>Consent date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="60" />
        <source>Source (business card, event …)</source>
        <translation>출처(명함, 행사 …)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="61" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="231" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="233" />
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="240" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="243" />
        <source>Reload the figures (F5)</source>
        <translation>실적을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="260" />
        <source>Delegations dispatched + planned</source>
        <translation>투자유치단 파견 + 예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="266" />
        <source>Notified FDI (신고)</source>
        <translation>외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="267" />
        <source>Arrived FDI (도착)</source>
        <translation>외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="268" />
        <source>Non-capital-region share</source>
        <translation>비수도권 비중 (신고 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276" />
        <source>Delegations: dispatched and planned</source>
        <translation>투자유치단 파견·예정 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="278" />
        <location filename="../../ui/dashboard.py" line="284" />
        <source>By region</source>
        <translation>권역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="279" />
        <location filename="../../ui/dashboard.py" line="285" />
        <source>By industry</source>
        <translation>산업별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="280" />
        <source>Delegations chart view</source>
        <translation>투자유치단 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="282" />
        <source>Notified (신고) vs arrived (도착)</source>
        <translation>신고 대비 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="286" />
        <source>By FEZ</source>
        <translation>경제자유구역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="287" />
        <source>FDI chart view</source>
        <translation>신고·도착 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="289" />
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트 파이프라인</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="292" />
        <source>Upcoming trips</source>
        <translation>다가오는 출장</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="292" />
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="292" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="293" />
        <location filename="../../ui/dashboard.py" line="586" />
        <source>My overdue tasks</source>
        <translation>지연된 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="293" />
        <source>Overdue</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="293" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="378" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="388" />
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="403" />
        <source>Updated {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="430" />
        <source>Investment attraction {0}</source>
        <translation>{0}년 투자유치 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="440" />
        <source>{0} / {1}</source>
        <translation>{0} / {1}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="441" />
        <source>Dispatched {0} · planned {1} · target {2}</source>
        <translation>파견 {0}건 · 예정 {1}건 · 목표 {2}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="446" />
        <source>Filed in {0}</source>
        <translation>{0}년 신고 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="448" />
        <source>{0}% of notified</source>
        <translation>신고액 대비 {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="450" />
        <source>Arrived in {0}</source>
        <translation>{0}년 도착 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="455" />
        <source>{0} notified outside the capital region</source>
        <translation>비수도권 신고 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="458" />
        <source>No notified FDI yet</source>
        <translation>아직 신고 실적이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="462" />
        <source>100 million USD</source>
        <translation>억 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="463" />
        <source>USD million</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="472" />
        <source>No delegations for {0} yet.</source>
        <translation>{0}년 투자유치단이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="479" />
        <source>No target industry</source>
        <translation>대상 산업 미정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="484" />
        <source>Dispatched</source>
        <translation>파견</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="484" />
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="493" />
        <source>Cancelled: {0} (not counted)</source>
        <translation>취소 {0}건 (실적에서 제외)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="502" />
        <source>No notified or arrived FDI in {0} yet.</source>
        <translation>{0}년 신고·도착 실적이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="509" />
        <source>Industry not set</source>
        <translation>산업 미지정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="516" />
        <source>Outside any FEZ: {0} notified, {1} arrived</source>
        <translation>경제자유구역 밖: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="523" />
        <source>Province not decided yet: {0} notified, {1} arrived</source>
        <translation>입지 미정: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="526" />
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="526" />
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="541" />
        <source>No projects in the pipeline yet.</source>
        <translation>파이프라인에 프로젝트가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="553" />
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="553" />
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="554" />
        <source>On hold / lost</source>
        <translation>보류·무산</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="558" />
        <source>All live projects, whatever the year</source>
        <translation>연도와 관계없이 진행 중인 모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="565" />
        <source>On the road</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="567" />
        <source>Tomorrow</source>
        <translation>내일 출발</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="569" />
        <source>In {0} days</source>
        <translation>{0}일 후</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576" />
        <source>No trips ahead.</source>
        <translation>예정된 출장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="582" />
        <source>{0} d late</source>
        <translation>{0}일 지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="585" />
        <source>Nothing overdue. Well done!</source>
        <translation>지연된 할 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="268" />
        <source>New delegation</source>
        <translation>새 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="268" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="271" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="272" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="276" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="280" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="282" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="291" />
        <source>Other participating provinces</source>
        <translation>기타 참여 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="293" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="298" />
        <source>Departs</source>
        <translation>출발일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="299" />
        <source>Returns</source>
        <translation>귀국일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="302" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="303" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>DelegationWindow</name>
    <message>
        <location filename="../../ui/delegations.py" line="524" />
        <source>&amp;Edit overview…</source>
        <translation>개요 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="525" />
        <source>Export &amp;briefing pack…</source>
        <translation>브리핑 자료 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="526" />
        <source>Take on &amp;mission…</source>
        <translation>출장 팩 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="527" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="529" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="529" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="529" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="529" />
        <source>Head</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="530" />
        <source>Add member…</source>
        <translation>단원 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="531" />
        <location filename="../../ui/delegations.py" line="540" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="532" />
        <location filename="../../ui/delegations.py" line="551" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="532" />
        <source>Members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="536" />
        <source>Time (local)</source>
        <translation>시간(현지)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="536" />
        <source>Zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="536" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="536" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="536" />
        <location filename="../../ui/delegations.py" line="544" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="539" />
        <source>Add item…</source>
        <translation>일정 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="541" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="542" />
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="542" />
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>캘린더에 추가(.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="544" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="544" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="544" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="544" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="549" />
        <source>Add investor…</source>
        <translation>투자가 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="550" />
        <source>Set status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="552" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="566" />
        <source>Meetings held</source>
        <translation>면담 실시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="567" />
        <source>MOUs signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="568" />
        <source>Pledged (USD)</source>
        <translation>투자 약속액(USD)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="569" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="572" />
        <source>Save results</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="575" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="617" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="618" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="619" />
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="620" />
        <source>Participating provinces (★ lead)</source>
        <translation>참여 시·도(★ 주관)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="621" />
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="622" />
        <source>Organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="623" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="624" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="645" />
        <source>Korea time: %1</source>
        <translation>한국 시간: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="658" />
        <source>Targets met: %1 · activities logged: %2</source>
        <translation>면담 완료 대상: %1 · 기록된 활동: %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="684" />
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="685" />
        <source>Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)</source>
        <translation>그사이 다른 사용자가 이 투자유치단을 저장했습니다. 내 변경 사항으로 덮어쓰시겠습니까? ('아니요'를 선택하면 다른 사용자의 버전을 다시 불러옵니다.)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="700" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="731" />
        <source>Add member</source>
        <translation>단원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="737" />
        <source>Edit member</source>
        <translation>단원 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="742" />
        <source>Remove member</source>
        <translation>단원 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="769" />
        <source>Add to calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="769" />
        <source>Calendar (*.ics)</source>
        <translation>캘린더 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="781" />
        <source>Calendar file written: %1</source>
        <translation>캘린더 파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="783" />
        <source>Writing the calendar file…</source>
        <translation>캘린더 파일을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="795" />
        <source>Add itinerary item</source>
        <translation>일정 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="820" />
        <source>Edit itinerary item</source>
        <translation>일정 항목 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="829" />
        <source>Delete itinerary item</source>
        <translation>일정 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="836" />
        <source>Add an investor to meet</source>
        <translation>면담할 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="845" />
        <source>Add investor to meet</source>
        <translation>면담 대상 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="863" />
        <source>Set meeting status</source>
        <translation>면담 상태 설정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="869" />
        <source>Remove investor to meet</source>
        <translation>면담 대상 투자가 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="899" />
        <source>Delegation results</source>
        <translation>투자유치단 성과</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../ui/delegations.py" line="127" />
        <location filename="../../ui/delegations.py" line="148" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="130" />
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="133" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="136" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="140" />
        <source>All destinations</source>
        <translation>전체 방문국</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="145" />
        <source>Part of the title</source>
        <translation>유치단명 일부</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="155" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="155" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="155" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="155" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="155" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="156" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="156" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="161" />
        <source>&amp;New delegation</source>
        <translation>새 투자유치단(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="164" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="221" />
        <source>%1 delegations</source>
        <translation>투자유치단 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="229" />
        <source>Delegations %1</source>
        <translation>%1년 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="246" />
        <source>New delegation %1</source>
        <translation>새 투자유치단 %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../ui/places.py" line="57" />
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="59" />
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="68" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="70" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="72" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="97" />
        <source>Time zone of %1: %2</source>
        <translation>%1의 시간대: %2</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="99" />
        <source>A city not on the list: pick its time zone.</source>
        <translation>목록에 없는 도시입니다. 시간대를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="459" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="471" />
        <location filename="../../ui/import_wizard.py" line="476" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="484" />
        <source>Imported from %1: %2 created, %3 updated, %4 skipped, %5 rows left out with errors. Every record names the file in its history.</source>
        <translation>%1에서 가져옴: 생성 %2건, 갱신 %3건, 건너뜀 %4건, 오류로 제외된 행 %5개. 모든 레코드의 변경 이력에 파일 이름이 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="492" />
        <source>Nothing was imported.</source>
        <translation>가져온 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../ui/merge.py" line="39" />
        <source>An investor with the same name is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>이름이 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="40" />
        <source>An investor with an almost identical name is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>이름이 거의 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="41" />
        <source>An investor with the same website or e-mail domain is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>웹사이트나 이메일 도메인이 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="42" />
        <source>A contact with the same e-mail address is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same person?</source>
        <translation>이메일 주소가 같은 연락처가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 사람입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="43" />
        <source>A contact with the same name is already registered at this investor: &lt;b&gt;%1&lt;/b&gt;. Is it the same person?</source>
        <translation>이 투자가에 이름이 같은 연락처가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 사람입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="59" />
        <source>Possible duplicate</source>
        <translation>중복 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="64" />
        <source>Open the existing one</source>
        <translation>기존 기록 열기</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="66" />
        <source>Save anyway</source>
        <translation>그래도 저장</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="68" />
        <source>Go back</source>
        <translation>돌아가기</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../ui/fez.py" line="44" />
        <source>Promotion event</source>
        <translation>홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="45" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="46" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="50" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="53" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="62" />
        <source>FEZs taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="63" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="64" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="65" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="68" />
        <source>Leads generated</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="69" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FezPage</name>
    <message>
        <location filename="../../ui/fez.py" line="109" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="109" />
        <source>Provinces</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="109" />
        <source>Since</source>
        <translation>지정 연도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="109" />
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="111" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="111" />
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="111" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="111" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="111" />
        <source>FEZs</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Regions</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Leads</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="122" />
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="122" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="123" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="123" />
        <source>Show &amp;all events</source>
        <translation>모든 행사 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="137" />
        <source>Joint FEZ promotion events</source>
        <translation>경제자유구역 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="164" />
        <source>Joint promotion events of %1</source>
        <translation>%1 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="164" />
        <source>All joint promotion events</source>
        <translation>전체 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="179" />
        <source>New promotion event</source>
        <translation>새 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="185" />
        <source>Edit promotion event</source>
        <translation>홍보 행사 편집</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="190" />
        <source>Delete promotion event</source>
        <translation>홍보 행사 삭제</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="114" />
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="115" />
        <source>An Excel workbook (.xlsx) or a CSV file; title rows above the header are skipped.</source>
        <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일. 머리글 위의 제목 행은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118" />
        <source>Meetings and calls</source>
        <translation>면담 및 통화</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="122" />
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="128" />
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="141" />
        <source>Records</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="142" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143" />
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144" />
        <source>Encoding (CSV)</source>
        <translation>인코딩(CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="152" />
        <source>Import file</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182" />
        <source>Header found in row %1: %2 columns, about %3 rows below it.</source>
        <translation>%1행에서 머리글을 찾음: 열 %2개, 그 아래 약 %3개 행.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="86" />
        <source>* required</source>
        <translation>* 필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="149" />
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="235" />
        <source>Discard your changes?</source>
        <translation>변경 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="238" />
        <source>What you typed in this editor has not been saved.</source>
        <translation>이 편집 창에 입력한 내용은 아직 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search_box.py" line="46" />
        <source>Search investors, contacts, delegations, projects, notes (Ctrl+K); one letter searches names</source>
        <translation>투자가, 담당자, 유치단, 프로젝트, 메모 검색 (Ctrl+K) · 한 글자는 이름에서만 찾습니다</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="50" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="51" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="52" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="53" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="54" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="148" />
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="168" />
        <source>Nothing found for “%1”</source>
        <translation>“%1”에 대한 검색 결과가 없습니다</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history.py" line="32" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="32" />
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="32" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="32" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="32" />
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="35" />
        <source>&amp;Restore the value before this change</source>
        <translation>이 변경 이전 값으로 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40" />
        <source>E&amp;xport history…</source>
        <translation>변경 이력 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56" />
        <source>This change cannot be put back (a new record, a delete or erased data).</source>
        <translation>이 변경은 되돌릴 수 없습니다 (새 기록, 삭제, 파기된 개인정보).</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="68" />
        <source>%1 changes</source>
        <translation>변경 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="78" />
        <source>Choose a field change to restore.</source>
        <translation>복원할 필드 변경 내역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="81" />
        <source>Put %1 back to “%2”?</source>
        <translation>%1을(를) “%2”(으)로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82" />
        <source>Restore a previous value</source>
        <translation>이전 값 복원</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="101" />
        <source>Export history</source>
        <translation>변경 이력 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105" />
        <source>Writing the history…</source>
        <translation>변경 이력 저장 중…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="84" />
        <source>Import from Excel or CSV</source>
        <translation>Excel 또는 CSV에서 가져오기</translation>
    </message>
</context>
<context>
    <name>InvestorActions</name>
    <message>
        <location filename="../../ui/investors.py" line="342" />
        <source>New investor %1</source>
        <translation>새 투자가 %1</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="400" />
        <source>Edit investor %1</source>
        <translation>투자가 %1 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="409" />
        <source>Delete investor %1? You can undo this (Ctrl+Z).</source>
        <translation>투자가 %1을(를) 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="410" />
        <source>Delete investor</source>
        <translation>투자가 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="417" />
        <source>Delete investor %1</source>
        <translation>투자가 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="470" />
        <source>Change owner of %1 investors</source>
        <translation>투자가 %1곳 담당자 변경</translation>
    </message>
</context>
<context>
    <name>InvestorEditor</name>
    <message>
        <location filename="../../ui/investors.py" line="215" />
        <source>New investor</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="215" />
        <source>Edit investor</source>
        <translation>투자가 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="218" />
        <source>Company name</source>
        <translation>회사명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="219" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="220" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="222" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="228" />
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="229" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="230" />
        <source>Tags (comma separated)</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="231" />
        <source>Already operates in Korea</source>
        <translation>한국에서 이미 사업 중</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="232" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>InvestorPicker</name>
    <message>
        <location filename="../../ui/pickers.py" line="25" />
        <source>Part of the company name, in Korean or English</source>
        <translation>회사명 일부(국문 또는 영문)</translation>
    </message>
</context>
<context>
    <name>InvestorTableModel</name>
    <message>
        <location filename="../../ui/investors.py" line="92" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="93" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="94" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="95" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="96" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="97" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="98" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>InvestorWindow</name>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="119" />
        <source>Export &amp;profile…</source>
        <translation>프로필 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="119" />
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="120" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="120" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="120" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="120" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="120" />
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="123" />
        <source>Add contact…</source>
        <translation>담당자 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="123" />
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="124" />
        <location filename="../../ui/investor_page.py" line="140" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="125" />
        <source>Merge two…</source>
        <translation>두 명 병합…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="126" />
        <source>Export personal data…</source>
        <translation>개인정보 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="127" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="127" />
        <source>Erase on request…</source>
        <translation>요청에 따른 삭제(파기)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="128" />
        <location filename="../../ui/investor_page.py" line="136" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="128" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="128" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="128" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="129" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="129" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="131" />
        <source>New project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="132" />
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="133" />
        <source>Move to stage…</source>
        <translation>단계 이동…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="136" />
        <source>Officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="138" />
        <source>Log meeting or call…</source>
        <translation>면담·통화 기록…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="139" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="140" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="141" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="141" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="141" />
        <source>Assignee</source>
        <translation>배정 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="142" />
        <source>New task…</source>
        <translation>새 할 일…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="142" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="176" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="176" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="176" />
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="177" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="177" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="177" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="178" />
        <source>Operates in Korea</source>
        <translation>한국 내 사업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="178" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="178" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="179" />
        <source>Notified FDI (신고)</source>
        <translation>신고 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="180" />
        <source>Arrived FDI (도착)</source>
        <translation>도착 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="181" />
        <source>Delegations meeting them</source>
        <translation>면담 예정 유치단</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="182" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="204" />
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="213" />
        <source>Add contact</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="224" />
        <source>Edit contact</source>
        <translation>담당자 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="263" />
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="263" />
        <source>Select exactly two contacts to merge.</source>
        <translation>병합할 연락처를 정확히 두 명 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="273" />
        <source>Delete contact</source>
        <translation>담당자 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="291" />
        <source>Folder for the personal data export</source>
        <translation>개인정보 내보내기 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="295" />
        <source>Exporting personal data…</source>
        <translation>개인정보 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="309" />
        <source>Erase on request</source>
        <translation>요청에 따른 삭제(파기)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="310" />
        <source>This blanks the person's data everywhere, also in the history, and cannot be undone.
Reason (e.g. the request's date and reference):</source>
        <translation>변경 이력을 포함한 모든 곳에서 이 사람의 개인정보를 지우며, 되돌릴 수 없습니다.
사유(예: 요청 일자 및 참조 번호):</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="364" />
        <source>Export investor profile</source>
        <translation>투자가 프로필 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="379" />
        <source>Writing the profile…</source>
        <translation>프로필 작성 중…</translation>
    </message>
</context>
<context>
    <name>InvestorsPage</name>
    <message>
        <location filename="../../ui/investors.py" line="504" />
        <source>Filter by name, website, tag or note…</source>
        <translation>이름, 웹사이트, 태그, 메모로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="510" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="511" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="512" />
        <source>All countries</source>
        <translation>전체 국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="513" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="523" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="524" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="545" />
        <source>&amp;New investor</source>
        <translation>새 투자가(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="548" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="550" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="552" />
        <source>Change &amp;owner…</source>
        <translation>담당자 변경(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="555" />
        <source>&amp;Merge two…</source>
        <translation>두 곳 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="644" />
        <source>Merge investors</source>
        <translation>투자가 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="644" />
        <source>Select exactly two investors to merge.</source>
        <translation>병합할 투자가를 정확히 두 곳 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="669" />
        <source>%1 investors</source>
        <translation>투자가 %1곳</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="682" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="364" />
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="372" />
        <source>Where (a stop of the trip)</source>
        <translation>장소 (방문 도시)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="376" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="377" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="381" />
        <source>Starts (local time)</source>
        <translation>시작(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="385" />
        <source>Ends (local time)</source>
        <translation>종료(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="390" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="391" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="392" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="397" />
        <source>Investor met</source>
        <translation>면담 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="398" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="440" />
        <source>This is outside the trip's dates (%1 – %2).</source>
        <translation>출장 기간(%1 – %2) 밖의 일정입니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="62" />
        <source>kotra-invest — investment attraction CRM</source>
        <translation>kotra-invest — 투자유치 CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>FEZ promotion</source>
        <translation>경제자유구역 홍보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="88" />
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123" />
        <location filename="../../ui/main_window.py" line="126" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134" />
        <source>Shared server</source>
        <translation>공유 서버</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Signed in: %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>&amp;Import from Excel or CSV…</source>
        <translation>Excel 또는 CSV에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>&amp;Connect to server…</source>
        <translation>서버 연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>&amp;Open mission pack…</source>
        <translation>출장 팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167" />
        <source>&amp;Bring back mission…</source>
        <translation>출장 결과 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>Merged mission &amp;packs…</source>
        <translation>병합한 출장 팩(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Return to office data</source>
        <translation>본부 데이터로 돌아가기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Export list to Excel…</source>
        <translation>목록을 엑셀로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Print list…</source>
        <translation>목록 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Save list as P&amp;DF…</source>
        <translation>목록을 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>Export &amp;search results to Excel…</source>
        <translation>검색 결과를 엑셀로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>&amp;About kotra-invest</source>
        <translation>kotra-invest 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>This page has no list to export or print.</source>
        <translation>이 화면에는 내보내거나 인쇄할 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Type something in the search box first.</source>
        <translation>먼저 검색창에 검색어를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289" />
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>Open mission pack</source>
        <translation>출장 팩 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>kotra-invest %1 — the investment attraction CRM of the regional push.</source>
        <translation>kotra-invest %1 — 지역 투자유치 확대를 위한 투자유치 CRM.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="202" />
        <source>Match the columns</source>
        <translation>열 맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="203" />
        <source>Each column was matched by its header; change any that is wrong. Fields marked * are required.</source>
        <translation>각 열은 머리글에 따라 맞춰졌습니다. 잘못된 항목은 변경하십시오. * 표시된 필드는 필수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206" />
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206" />
        <source>First value</source>
        <translation>첫 번째 값</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206" />
        <source>Stored as</source>
        <translation>저장할 필드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="206" />
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212" />
        <source>Remember this matching for files with these headers</source>
        <translation>같은 머리글의 파일에 이 열 맞춤 기억</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="235" />
        <source>Chosen from the values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244" />
        <source>— ignore —</source>
        <translation>— 무시 —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271" />
        <source>Contact person</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="272" />
        <source>Last meeting</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="291" />
        <source>Still to match: %1</source>
        <translation>맞춤 필요: %1</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meetings.py" line="153" />
        <source>Log meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="170" />
        <source>Edit meeting</source>
        <translation>면담 수정</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="173" />
        <source>Delete meeting</source>
        <translation>면담 삭제</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings.py" line="28" />
        <source>Log a meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="28" />
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="37" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="41" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="46" />
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="51" />
        <source>About project</source>
        <translation>관련 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="56" />
        <source>During delegation</source>
        <translation>관련 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="57" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="58" />
        <source>Their participants</source>
        <translation>상대측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="59" />
        <source>e.g. CEO Anna Lindqvist, CFO Erik Sand</source>
        <translation>예: Anna Lindqvist 대표, Erik Sand CFO</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="60" />
        <source>Our participants</source>
        <translation>우리측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="61" />
        <source>e.g. Director Kim (KOTRA), Busan FEZ</source>
        <translation>예: 김 관장(KOTRA), 부산진해경제자유구역청</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="62" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="63" />
        <source>Outcome / next step</source>
        <translation>결과 / 다음 단계</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="64" />
        <source>Create a follow-up task</source>
        <translation>후속 할 일 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="76" />
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="77" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="78" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="79" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="470" />
        <source>Delegation member</source>
        <translation>유치단 단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="471" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="472" />
        <source>Name (English)</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="473" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="474" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="475" />
        <source>Head of the delegation</source>
        <translation>유치단 단장</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="220" />
        <source>Bring back mission: %1</source>
        <translation>출장 결과 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="223" />
        <source>This pack has been merged already; there is nothing new in it.</source>
        <translation>이미 병합한 출장 팩입니다. 새로 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="225" />
        <source>New records: %1 · changed fields: %2 · conflicts: %3</source>
        <translation>새 기록 %1건 · 변경된 항목 %2개 · 충돌 %3건</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="228" />
        <source>Refused: %1 · already home: %2 · erased, not restored: %3 · possible duplicates: %4</source>
        <translation>거부: %1 · 이미 반영됨: %2 · 삭제 요청으로 복원 안 함: %3 · 중복 의심: %4</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="241" />
        <location filename="../../ui/mission.py" line="242" />
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="245" />
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="249" />
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="250" />
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="251" />
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="253" />
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="271" />
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="274" />
        <source>All: keep home</source>
        <translation>모두 본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="275" />
        <source>All: keep pack</source>
        <translation>모두 출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="309" />
        <source>%1 conflicts still need an answer.</source>
        <translation>아직 선택하지 않은 충돌이 %1건 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="134" />
        <location filename="../../ui/merge.py" line="221" />
        <source>Merge investors</source>
        <translation>투자가 병합</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="134" />
        <location filename="../../ui/merge.py" line="223" />
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="139" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="140" />
        <source>Stays: %1</source>
        <translation>남길 기록: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="141" />
        <source>Merged into it: %1</source>
        <translation>병합될 기록: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="161" />
        <source>Everything that points at the second record (contacts, projects, meetings, tasks, itinerary, meeting targets) moves to the first. You can undo this (Ctrl+Z).</source>
        <translation>두 번째 기록에 연결된 모든 것(연락처, 프로젝트, 면담, 할 일, 일정, 면담 대상)이 첫 번째 기록으로 옮겨집니다. 되돌릴 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="164" />
        <source>Swap which one stays</source>
        <translation>남길 기록 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="168" />
        <source>Merge</source>
        <translation>병합</translation>
    </message>
</context>
<context>
    <name>MergeReportsDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="322" />
        <source>Merged mission packs</source>
        <translation>병합한 출장 팩</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="327" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="327" />
        <source>By</source>
        <translation>병합한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="327" />
        <source>Delegation</source>
        <translation>유치단</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="327" />
        <source>Pack</source>
        <translation>팩 파일</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="327" />
        <source>In short</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="332" />
        <source>%1 new, %2 changed, %3 conflicts, %4 refused, %5 already home</source>
        <translation>추가 %1, 변경 %2, 충돌 %3, 거부 %4, 이미 반영됨 %5</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <location filename="../../ui/mission.py" line="91" />
        <source>Take on mission</source>
        <translation>출장 팩 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="105" />
        <source>The mission pack is ready: %1
Open it on the laptop with File &gt; Open mission pack.</source>
        <translation>출장 팩을 만들었습니다: %1
노트북에서 파일 &gt; 출장 팩 열기로 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="107" />
        <source>Writing the mission pack…</source>
        <translation>출장 팩을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="116" />
        <source>Passphrase (leave blank if the pack has none):</source>
        <translation>암호 (암호가 없는 팩이면 비워 두세요):</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="155" />
        <location filename="../../ui/mission.py" line="178" />
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="155" />
        <location filename="../../ui/mission.py" line="178" />
        <source>Already home</source>
        <translation>이미 반영됨</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="156" />
        <location filename="../../ui/mission.py" line="179" />
        <source>Erased, not restored</source>
        <translation>삭제 요청 — 복원 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="161" />
        <location filename="../../ui/mission.py" line="185" />
        <source>Same record twice?</source>
        <translation>같은 기록 중복?</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="164" />
        <location filename="../../ui/mission.py" line="188" />
        <source>New</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="166" />
        <location filename="../../ui/mission.py" line="190" />
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="174" />
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="174" />
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="174" />
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="175" />
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="202" />
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="202" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="202" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="203" />
        <source>At home</source>
        <translation>본부 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="203" />
        <source>In the pack</source>
        <translation>출장 팩의 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="203" />
        <source>Keep</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="204" />
        <source>Edited value / why</source>
        <translation>직접 입력한 값 / 사유</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="388" />
        <source>Bring back mission</source>
        <translation>출장 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="416" />
        <source>Merged: %1 new records, %2 changed fields; conflicts kept from home %3, from the pack %4, edited %5. The report stays under File &gt; Merged mission packs.</source>
        <translation>병합했습니다: 새 기록 %1건, 변경 항목 %2개. 충돌 중 본부 값 유지 %3건, 팩 값 사용 %4건, 직접 입력 %5건. 보고서는 파일 &gt; 병합한 출장 팩에서 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="424" />
        <source>Merging the mission…</source>
        <translation>출장 결과를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="426" />
        <source>Reading the mission pack…</source>
        <translation>출장 팩을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="212" />
        <source>Move to stage</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="212" />
        <source>Move %1 to stage</source>
        <translation>%1 단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="225" />
        <source>Required when the project is lost</source>
        <translation>프로젝트 무산 시 필수</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="228" />
        <source>e.g. 12,500,000</source>
        <translation>예: 12,500,000</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="236" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="237" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="238" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="239" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="240" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="241" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="257" />
        <source>Notified amount (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="257" />
        <source>Arrived amount (도착)</source>
        <translation>도착 금액</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../ui/investors.py" line="436" />
        <source>Change owner</source>
        <translation>담당자 변경</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="439" />
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="447" />
        <source>New owner of %1 investors:</source>
        <translation>투자가 %1곳의 새 담당자:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="49" />
        <source>Protect the mission pack</source>
        <translation>출장 팩 보호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="59" />
        <source>A laptop abroad can be lost. With a passphrase the pack is encrypted; leave it blank for none.</source>
        <translation>출장 중 노트북을 잃어버릴 수 있습니다. 암호를 정하면 출장 팩이 암호화됩니다. 암호 없이 만들려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="62" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="63" />
        <source>Again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="72" />
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../ui/preflight.py" line="19" />
        <source>Pre-flight check</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="26" />
        <source>To look at before the pack goes out: %1</source>
        <translation>내보내기 전에 확인할 내용: %1건</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="28" />
        <source>Nothing to fix; for your information:</source>
        <translation>고칠 내용은 없습니다. 참고 사항:</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="40" />
        <source>&amp;Export anyway</source>
        <translation>그대로 내보내기(&amp;E)</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="312" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="313" />
        <source>The first rows as they will be stored. Red rows have a problem and will be left out.</source>
        <translation>저장될 형태의 처음 몇 행입니다. 빨간색 행은 문제가 있어 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="337" />
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346" />
        <source>duplicate of %1</source>
        <translation>%1과(와) 중복</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/projects.py" line="375" />
        <source>Investor of the new project</source>
        <translation>새 프로젝트의 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="382" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="391" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="427" />
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2 단계로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="432" />
        <source>Delete project %1</source>
        <translation>프로젝트 %1 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../ui/projects.py" line="285" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="285" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="288" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="289" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="293" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="296" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="298" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="300" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="302" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="303" />
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="304" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="308" />
        <source>Expected jobs</source>
        <translation>예상 고용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="312" />
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="313" />
        <source>Confidential (only my team sees it)</source>
        <translation>대외비(우리 팀만 열람)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="314" />
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../ui/projects.py" line="82" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="82" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <location filename="../../ui/project_page.py" line="96" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="97" />
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="98" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="98" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <location filename="../../ui/project_page.py" line="108" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="104" />
        <source>Add amount…</source>
        <translation>금액 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="104" />
        <location filename="../../ui/project_page.py" line="114" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <location filename="../../ui/project_page.py" line="111" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <source>Notified / arrived</source>
        <translation>신고/도착</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>From</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>To</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="106" />
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="107" />
        <source>Stages</source>
        <translation>단계 이력</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="110" />
        <source>Log meeting…</source>
        <translation>면담 기록…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="110" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="111" />
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="112" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="112" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="112" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="112" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="114" />
        <source>New task…</source>
        <translation>새 할 일…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115" />
        <source>Done / reopen</source>
        <translation>완료 / 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="139" />
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="141" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="141" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="142" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="143" />
        <source>Lost because</source>
        <translation>무산 사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="144" />
        <source>Target province</source>
        <translation>대상 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="144" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="144" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145" />
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="146" />
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="147" />
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="148" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="149" />
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="149" />
        <source>yes — code name %1</source>
        <translation>예 — 코드명 %1</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="149" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="171" />
        <source>+ %1 (not converted)</source>
        <translation>+ %1 (환산 전)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="180" />
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="194" />
        <source>Add FDI amount</source>
        <translation>투자 금액 추가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="201" />
        <source>Edit FDI amount</source>
        <translation>투자 금액 수정</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="205" />
        <source>Delete FDI amount</source>
        <translation>투자 금액 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/projects.py" line="612" />
        <source>Filter by title, code name or investor…</source>
        <translation>제목, 코드명, 투자가로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="614" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="615" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="616" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="617" />
        <source>All FEZs</source>
        <translation>전체 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="619" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="620" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="623" />
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="624" />
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="653" />
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="654" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="655" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="656" />
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="657" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="658" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="767" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="22" />
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23" />
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/access_reason.py" line="39" />
        <source>Reason for the access log</source>
        <translation>개인정보 접속기록 사유</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="42" />
        <source>You are about to %1. It carries personal data, so the access log keeps why. This reason is kept for the rest of this session.</source>
        <translation>%1 합니다. 개인정보가 담겨 있어 접속기록에 사유를 남깁니다. 이 사유는 이번 세션 동안 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="50" />
        <source>e.g. meeting with the CFO on 3 December</source>
        <translation>예: 12월 3일 CFO 면담 준비</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../ui/record_window.py" line="27" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/record_window.py" line="29" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start.py" line="109" />
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../ui/tasks.py" line="75" />
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="79" />
        <source>Edit task</source>
        <translation>할 일 수정</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="84" />
        <source>Complete %1</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="84" />
        <source>Reopen %1</source>
        <translation>%1 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="85" />
        <source>Cancel %1</source>
        <translation>%1 취소</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="96" />
        <source>Delete task %1</source>
        <translation>할 일 %1 삭제</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../ui/tasks.py" line="39" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="40" />
        <source>What is to be done</source>
        <translation>할 일 내용</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="44" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="48" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="49" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/tasks.py" line="112" />
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="112" />
        <source>My office</source>
        <translation>우리 부서</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="112" />
        <source>Everyone</source>
        <translation>전체 직원</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="115" />
        <source>Overdue only</source>
        <translation>기한 지난 항목만</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="116" />
        <source>Show completed and cancelled</source>
        <translation>완료·취소된 할 일도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="125" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="125" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="125" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="125" />
        <source>About</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="125" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="139" />
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="140" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="141" />
        <source>&amp;Done / reopen (Space)</source>
        <translation>완료 / 다시 열기(&amp;D) (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142" />
        <source>&amp;Cancel task</source>
        <translation>할 일 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143" />
        <source>Open what it is &amp;about</source>
        <translation>관련 대상 열기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="144" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="176" />
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="178" />
        <source>%1 tasks, %2 overdue</source>
        <translation>할 일 %1건, 기한 지남 %2건</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="192" />
        <source>No open tasks are assigned to you (%1). New tasks, and follow-ups of meetings, are assigned to whoever you choose.</source>
        <translation>%1 님에게 배정된 진행 중인 할 일이 없습니다. 새 할 일과 면담의 후속 조치는 지정한 담당자에게 배정됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="195" />
        <source>No open tasks here.</source>
        <translation>진행 중인 할 일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="197" />
        <source>Show everyone's tasks</source>
        <translation>전체 직원의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="197" />
        <source>Show my office's tasks</source>
        <translation>우리 부서의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="204" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>TrancheEditor</name>
    <message>
        <location filename="../../ui/project_page.py" line="39" />
        <source>FDI amount</source>
        <translation>투자 금액 (신고/도착)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="43" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="44" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="45" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="50" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="51" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="62" />
        <source>Contact persons</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62" />
        <source>Last meetings</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63" />
        <source>New investors</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63" />
        <source>New officer accounts</source>
        <translation>새 직원 계정</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65" />
        <source>%1: %2 new, %3 updated, %4 duplicates skipped.</source>
        <translation>%1: 추가 %2, 갱신 %3, 중복 건너뜀 %4.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="75" />
        <source>Columns chosen from their values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
</context>
</TS>