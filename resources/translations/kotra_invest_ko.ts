<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name />
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="82" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="83" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="84" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="85" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="86" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="87" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="88" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../kotra_invest/ui/background.py" line="113" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="397" />
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="402" />
        <source>… %1 more in the table</source>
        <translation>… 표에 %1건 더 있음</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="306" />
        <source>Check the whole file</source>
        <translation>파일 전체 검사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="307" />
        <source>Nothing is stored yet. Choose what to do with duplicates, then Import.</source>
        <translation>아직 저장된 내용은 없습니다. 중복 항목 처리 방법을 선택한 후 가져오기를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="310" />
        <source>Skip duplicates</source>
        <translation>중복 항목 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="311" />
        <source>Update the existing record (changed fields)</source>
        <translation>기존 레코드 갱신(변경된 필드)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="312" />
        <source>Create them anyway</source>
        <translation>그대로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="318" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="318" />
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="318" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="321" />
        <source>Save the rows with errors as a workbook to fix…</source>
        <translation>오류가 있는 행을 수정용 통합 문서로 저장…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="326" />
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="339" />
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="343" />
        <source>Checking the file…</source>
        <translation>파일 검사 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="351" />
        <source>%1 rows read: %2 would be created, %3 updated, %4 skipped as duplicates, %5 rows have errors.</source>
        <translation>%1개 행 읽음: 생성 예정 %2건, 갱신 예정 %3건, 중복으로 건너뜀 %4건, 오류가 있는 행 %5개.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="368" />
        <source>Rows to fix</source>
        <translation>수정할 행</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="35" />
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="40" />
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="42" />
        <source>This record was changed by %1 while you were editing it. Nothing has been saved yet.</source>
        <translation>편집하는 동안 %1이(가) 이 레코드를 변경했습니다. 아직 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52" />
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52" />
        <source>Saved version</source>
        <translation>저장된 버전</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="60" />
        <source>&amp;Reload (discard mine)</source>
        <translation>다시 불러오기 - 내 변경 사항 버림(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="61" />
        <source>&amp;Overwrite with mine</source>
        <translation>내 변경 사항으로 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="62" />
        <source>&amp;Copy my changes, then reload</source>
        <translation>내 변경 사항 복사 후 다시 불러오기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="38" />
        <source>Connect to server</source>
        <translation>서버 연결</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="41" />
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="60" />
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="63" />
        <source>No system keyring here: the password is asked every time</source>
        <translation>시스템 키링을 사용할 수 없음: 매번 비밀번호를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="67" />
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="71" />
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="72" />
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="73" />
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="74" />
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="75" />
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="76" />
        <source>Encryption (sslmode)</source>
        <translation>암호화(sslmode)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="77" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="81" />
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="116" />
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="120" />
        <source>schema up to date</source>
        <translation>스키마 최신 상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="120" />
        <source>schema older than this program: run 'kotra-invest db upgrade'</source>
        <translation>스키마가 이 프로그램보다 오래됨: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="121" />
        <source>schema newer than this program: update kotra-invest</source>
        <translation>스키마가 이 프로그램보다 최신임: kotra-invest를 업데이트하십시오</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="121" />
        <source>empty database: run 'kotra-invest db upgrade'</source>
        <translation>빈 데이터베이스: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="122" />
        <source>Reachable (PostgreSQL %1); %2; you are %3 (%4).</source>
        <translation>연결 가능(PostgreSQL %1); %2; 현재 사용자: %3(%4).</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/connect.py" line="137" />
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="42" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="44" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="45" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="46" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="47" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="48" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="53" />
        <source>Consent to keep their data</source>
        <translation>개인정보 보관 동의</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="58" />
        <source>Consent date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="59" />
        <source>Source (business card, event …)</source>
        <translation>출처(명함, 행사 …)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="60" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="231" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="233" />
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="240" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="243" />
        <source>Reload the figures (F5)</source>
        <translation>실적을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="260" />
        <source>Delegations dispatched + planned</source>
        <translation>투자유치단 파견 + 예정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="266" />
        <source>Notified FDI (신고)</source>
        <translation>외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="267" />
        <source>Arrived FDI (도착)</source>
        <translation>외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="268" />
        <source>Non-capital-region share</source>
        <translation>비수도권 비중 (신고 기준)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="276" />
        <source>Delegations: dispatched and planned</source>
        <translation>투자유치단 파견·예정 현황</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="278" />
        <location filename="../../kotra_invest/ui/dashboard.py" line="284" />
        <source>By region</source>
        <translation>권역별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="279" />
        <location filename="../../kotra_invest/ui/dashboard.py" line="285" />
        <source>By industry</source>
        <translation>산업별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="280" />
        <source>Delegations chart view</source>
        <translation>투자유치단 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="282" />
        <source>Notified (신고) vs arrived (도착)</source>
        <translation>신고 대비 도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="286" />
        <source>By FEZ</source>
        <translation>경제자유구역별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="287" />
        <source>FDI chart view</source>
        <translation>신고·도착 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="289" />
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트 파이프라인</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292" />
        <source>Upcoming trips</source>
        <translation>다가오는 출장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292" />
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293" />
        <location filename="../../kotra_invest/ui/dashboard.py" line="584" />
        <source>My overdue tasks</source>
        <translation>지연된 할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293" />
        <source>Overdue</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="378" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="388" />
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="401" />
        <source>Updated {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="428" />
        <source>Investment attraction {0}</source>
        <translation>{0}년 투자유치 현황</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="438" />
        <source>{0} / {1}</source>
        <translation>{0} / {1}건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="439" />
        <source>Dispatched {0} · planned {1} · target {2}</source>
        <translation>파견 {0}건 · 예정 {1}건 · 목표 {2}건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="444" />
        <source>Filed in {0}</source>
        <translation>{0}년 신고 누계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="446" />
        <source>{0}% of notified</source>
        <translation>신고액 대비 {0}%</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="448" />
        <source>Arrived in {0}</source>
        <translation>{0}년 도착 누계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="453" />
        <source>{0} notified outside the capital region</source>
        <translation>비수도권 신고 {0}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="456" />
        <source>No notified FDI yet</source>
        <translation>아직 신고 실적이 없습니다</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="460" />
        <source>100 million USD</source>
        <translation>억 달러</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="461" />
        <source>USD million</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="470" />
        <source>No delegations for {0} yet.</source>
        <translation>{0}년 투자유치단이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="477" />
        <source>No target industry</source>
        <translation>대상 산업 미정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="482" />
        <source>Dispatched</source>
        <translation>파견</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="482" />
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="491" />
        <source>Cancelled: {0} (not counted)</source>
        <translation>취소 {0}건 (실적에서 제외)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="500" />
        <source>No notified or arrived FDI in {0} yet.</source>
        <translation>{0}년 신고·도착 실적이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="507" />
        <source>Industry not set</source>
        <translation>산업 미지정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="514" />
        <source>Outside any FEZ: {0} notified, {1} arrived</source>
        <translation>경제자유구역 밖: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="521" />
        <source>Province not decided yet: {0} notified, {1} arrived</source>
        <translation>입지 미정: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="524" />
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="524" />
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="539" />
        <source>No projects in the pipeline yet.</source>
        <translation>파이프라인에 프로젝트가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="551" />
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="551" />
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="552" />
        <source>On hold / lost</source>
        <translation>보류·무산</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="556" />
        <source>All live projects, whatever the year</source>
        <translation>연도와 관계없이 진행 중인 모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="563" />
        <source>On the road</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="565" />
        <source>Tomorrow</source>
        <translation>내일 출발</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="567" />
        <source>In {0} days</source>
        <translation>{0}일 후</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="574" />
        <source>No trips ahead.</source>
        <translation>예정된 출장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="580" />
        <source>{0} d late</source>
        <translation>{0}일 지연</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="583" />
        <source>Nothing overdue. Well done!</source>
        <translation>지연된 할 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="259" />
        <source>New delegation</source>
        <translation>새 투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="259" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="262" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="263" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="267" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="271" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="273" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="282" />
        <source>Other participating provinces</source>
        <translation>기타 참여 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="284" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="289" />
        <source>Departs</source>
        <translation>출발일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="290" />
        <source>Returns</source>
        <translation>귀국일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="293" />
        <source>Destinations (country code, city, time zone; separated by ;)</source>
        <translation>방문지(국가 코드, 도시, 시간대; ;로 구분)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="294" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>DelegationWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="478" />
        <source>&amp;Edit overview…</source>
        <translation>개요 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="479" />
        <source>Export &amp;briefing pack…</source>
        <translation>브리핑 자료 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="480" />
        <source>Take on &amp;mission…</source>
        <translation>출장 팩 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="481" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483" />
        <source>Head</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="484" />
        <source>Add member…</source>
        <translation>단원 추가…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="485" />
        <location filename="../../kotra_invest/ui/delegations.py" line="494" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="486" />
        <location filename="../../kotra_invest/ui/delegations.py" line="504" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="486" />
        <source>Members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490" />
        <source>Time (local)</source>
        <translation>시간(현지)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490" />
        <source>Zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490" />
        <location filename="../../kotra_invest/ui/delegations.py" line="497" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="493" />
        <source>Add item…</source>
        <translation>일정 추가…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="495" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="495" />
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="502" />
        <source>Add investor…</source>
        <translation>투자가 추가…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="503" />
        <source>Set status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="505" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="519" />
        <source>Meetings held</source>
        <translation>면담 실시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="520" />
        <source>MOUs signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="521" />
        <source>Pledged (USD)</source>
        <translation>투자 약속액(USD)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="522" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="525" />
        <source>Save results</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="528" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="580" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="581" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="582" />
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="583" />
        <source>Participating provinces (★ lead)</source>
        <translation>참여 시·도(★ 주관)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="584" />
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="585" />
        <source>Organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="586" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="587" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="606" />
        <source>Korea time: %1</source>
        <translation>한국 시간: %1</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="619" />
        <source>Targets met: %1 · activities logged: %2</source>
        <translation>면담 완료 대상: %1 · 기록된 활동: %2</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="645" />
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="646" />
        <source>Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)</source>
        <translation>그사이 다른 사용자가 이 투자유치단을 저장했습니다. 내 변경 사항으로 덮어쓰시겠습니까? ('아니요'를 선택하면 다른 사용자의 버전을 다시 불러옵니다.)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="661" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="675" />
        <source>Export briefing pack</source>
        <translation>브리핑 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="695" />
        <source>Briefing pack written: %1</source>
        <translation>브리핑 자료 저장 완료: %1</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="697" />
        <source>Writing the briefing pack…</source>
        <translation>브리핑 자료 작성 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="712" />
        <source>Add member</source>
        <translation>단원 추가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="736" />
        <source>Edit member</source>
        <translation>단원 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="745" />
        <source>Remove member</source>
        <translation>단원 제거</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="771" />
        <source>Add itinerary item</source>
        <translation>일정 항목 추가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="795" />
        <source>Edit itinerary item</source>
        <translation>일정 항목 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="804" />
        <source>Delete itinerary item</source>
        <translation>일정 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="811" />
        <source>Add an investor to meet</source>
        <translation>면담할 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="820" />
        <source>Add investor to meet</source>
        <translation>면담 대상 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="838" />
        <source>Set meeting status</source>
        <translation>면담 상태 설정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="844" />
        <source>Remove investor to meet</source>
        <translation>면담 대상 투자가 제거</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="874" />
        <source>Delegation results</source>
        <translation>투자유치단 성과</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="122" />
        <location filename="../../kotra_invest/ui/delegations.py" line="143" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="125" />
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="128" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="131" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="135" />
        <source>All destinations</source>
        <translation>전체 방문국</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="140" />
        <source>Part of the title</source>
        <translation>유치단명 일부</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="150" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="150" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="150" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="150" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="150" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="151" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="151" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="156" />
        <source>&amp;New delegation</source>
        <translation>새 투자유치단(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="159" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="216" />
        <source>%1 delegations</source>
        <translation>투자유치단 %1개</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="237" />
        <source>New delegation %1</source>
        <translation>새 투자유치단 %1</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="385" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="397" />
        <location filename="../../kotra_invest/ui/import_wizard.py" line="401" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="409" />
        <source>Imported from %1: %2 created, %3 updated, %4 skipped, %5 rows left out with errors. Every record names the file in its history.</source>
        <translation>%1에서 가져옴: 생성 %2건, 갱신 %3건, 건너뜀 %4건, 오류로 제외된 행 %5개. 모든 레코드의 변경 이력에 파일 이름이 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="416" />
        <source>Nothing was imported.</source>
        <translation>가져온 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="44" />
        <source>Promotion event</source>
        <translation>홍보 행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="45" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="46" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="50" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="53" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="62" />
        <source>FEZs taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="63" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="64" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="65" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="68" />
        <source>Leads generated</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="69" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FezPage</name>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108" />
        <source>Provinces</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108" />
        <source>Since</source>
        <translation>지정 연도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108" />
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110" />
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110" />
        <source>FEZs</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="111" />
        <source>Regions</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="111" />
        <source>Leads</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="121" />
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="121" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="122" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="122" />
        <source>Show &amp;all events</source>
        <translation>모든 행사 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="159" />
        <source>Joint promotion events of %1</source>
        <translation>%1 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="159" />
        <source>All joint promotion events</source>
        <translation>전체 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="178" />
        <source>New promotion event</source>
        <translation>새 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="201" />
        <source>Edit promotion event</source>
        <translation>홍보 행사 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="210" />
        <source>Delete promotion event</source>
        <translation>홍보 행사 삭제</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="92" />
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="93" />
        <source>An Excel workbook (.xlsx) or a CSV file; title rows above the header are skipped.</source>
        <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일. 머리글 위의 제목 행은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="96" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="96" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="96" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="96" />
        <source>Meetings and calls</source>
        <translation>면담 및 통화</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="100" />
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="106" />
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="119" />
        <source>Records</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="120" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="121" />
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="122" />
        <source>Encoding (CSV)</source>
        <translation>인코딩(CSV)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="130" />
        <source>Import file</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="160" />
        <source>Header found in row %1: %2 columns, about %3 rows below it.</source>
        <translation>%1행에서 머리글을 찾음: 열 %2개, 그 아래 약 %3개 행.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/forms.py" line="82" />
        <source>* required</source>
        <translation>* 필수</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/forms.py" line="113" />
        <source>required</source>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="46" />
        <source>Search investors, contacts, delegations, projects, notes (Ctrl+K); one letter searches names</source>
        <translation>투자가, 담당자, 유치단, 프로젝트, 메모 검색 (Ctrl+K) · 한 글자는 이름에서만 찾습니다</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="148" />
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="35" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="36" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="37" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="38" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="39" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="72" />
        <source>Nothing found for “%1”</source>
        <translation>“%1”에 대한 검색 결과가 없습니다</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="32" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="32" />
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="32" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="32" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="32" />
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="33" />
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="33" />
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="35" />
        <source>&amp;Restore the value before this change</source>
        <translation>이 변경 이전 값으로 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="38" />
        <source>E&amp;xport history…</source>
        <translation>변경 이력 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="60" />
        <source>%1 changes</source>
        <translation>변경 %1건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="69" />
        <source>Choose a field change to restore.</source>
        <translation>복원할 필드 변경 내역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="72" />
        <source>Put %1 back to “%2”?</source>
        <translation>%1을(를) “%2”(으)로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="73" />
        <source>Restore a previous value</source>
        <translation>이전 값 복원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="86" />
        <source>Export history</source>
        <translation>변경 이력 내보내기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/history.py" line="90" />
        <source>Writing the history…</source>
        <translation>변경 이력 저장 중…</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="62" />
        <source>Import from Excel or CSV</source>
        <translation>Excel 또는 CSV에서 가져오기</translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="87" />
        <source>Log an activity</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="92" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="96" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="101" />
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="106" />
        <source>About project</source>
        <translation>관련 프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="107" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="108" />
        <source>Outcome / next step</source>
        <translation>결과 / 후속 조치</translation>
    </message>
</context>
<context>
    <name>InvestorActions</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="313" />
        <source>New investor %1</source>
        <translation>새 투자가 %1</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="370" />
        <source>Edit investor %1</source>
        <translation>투자가 %1 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="379" />
        <source>Delete investor %1? You can undo this (Ctrl+Z).</source>
        <translation>투자가 %1을(를) 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="380" />
        <source>Delete investor</source>
        <translation>투자가 삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="387" />
        <source>Delete investor %1</source>
        <translation>투자가 %1 삭제</translation>
    </message>
</context>
<context>
    <name>InvestorEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="204" />
        <source>New investor</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="204" />
        <source>Edit investor</source>
        <translation>투자가 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="207" />
        <source>Company name</source>
        <translation>회사명</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="208" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="209" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="211" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="217" />
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="218" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="219" />
        <source>Tags (comma separated)</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="220" />
        <source>Already operates in Korea</source>
        <translation>한국에서 이미 사업 중</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="221" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>InvestorPicker</name>
    <message>
        <location filename="../../kotra_invest/ui/pickers.py" line="25" />
        <source>Part of the company name, in Korean or English</source>
        <translation>회사명 일부(국문 또는 영문)</translation>
    </message>
</context>
<context>
    <name>InvestorWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="148" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="149" />
        <source>Export &amp;profile…</source>
        <translation>프로필 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="149" />
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150" />
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="152" />
        <source>Add contact…</source>
        <translation>담당자 추가…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="152" />
        <location filename="../../kotra_invest/ui/investor_page.py" line="161" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="153" />
        <location filename="../../kotra_invest/ui/investor_page.py" line="164" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="154" />
        <source>Export personal data…</source>
        <translation>개인정보 내보내기…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="155" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="155" />
        <source>Erase on request…</source>
        <translation>요청에 따른 삭제(파기)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="156" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="156" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="156" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="156" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="157" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="157" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="159" />
        <source>New project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160" />
        <source>Move to stage…</source>
        <translation>단계 이동…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="161" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162" />
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162" />
        <source>Officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="163" />
        <source>Log meeting or call…</source>
        <translation>면담·통화 기록…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="164" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="165" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="165" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="165" />
        <source>Assignee</source>
        <translation>배정 직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="166" />
        <source>New task…</source>
        <translation>새 할 일…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="166" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210" />
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="211" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="211" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="211" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="212" />
        <source>Operates in Korea</source>
        <translation>한국 내 사업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="212" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="212" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="213" />
        <source>Notified FDI (신고)</source>
        <translation>신고 FDI</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="214" />
        <source>Arrived FDI (도착)</source>
        <translation>도착 FDI</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="215" />
        <source>Delegations meeting them</source>
        <translation>면담 예정 유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="216" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="237" />
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="249" />
        <source>Add contact</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="272" />
        <source>Edit contact</source>
        <translation>담당자 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="282" />
        <source>Delete contact</source>
        <translation>담당자 삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="298" />
        <source>Folder for the personal data export</source>
        <translation>개인정보 내보내기 폴더</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="302" />
        <source>Exporting personal data…</source>
        <translation>개인정보 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="316" />
        <source>Erase on request</source>
        <translation>요청에 따른 삭제(파기)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="317" />
        <source>This blanks the person's data everywhere, also in the history, and cannot be undone.
Reason (e.g. the request's date and reference):</source>
        <translation>변경 이력을 포함한 모든 곳에서 이 사람의 개인정보를 지우며, 되돌릴 수 없습니다.
사유(예: 요청 일자 및 참조 번호):</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="351" />
        <source>Log activity</source>
        <translation>활동 기록</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="362" />
        <source>Delete activity</source>
        <translation>활동 삭제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="375" />
        <source>Export investor profile</source>
        <translation>투자가 프로필 내보내기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="390" />
        <source>Writing the profile…</source>
        <translation>프로필 작성 중…</translation>
    </message>
</context>
<context>
    <name>InvestorsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="425" />
        <source>Filter by name, website, tag or note…</source>
        <translation>이름, 웹사이트, 태그, 메모로 필터…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="431" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="432" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="433" />
        <source>All countries</source>
        <translation>전체 국가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="434" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="444" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="445" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="465" />
        <source>&amp;New investor</source>
        <translation>새 투자가(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="468" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="470" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="561" />
        <source>%1 investors</source>
        <translation>투자가 %1곳</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="359" />
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="363" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="364" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="368" />
        <source>Starts (local time)</source>
        <translation>시작(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="372" />
        <source>Ends (local time)</source>
        <translation>종료(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="377" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="378" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="379" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="384" />
        <source>Investor met</source>
        <translation>면담 투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="385" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="53" />
        <source>kotra-invest — investment attraction CRM</source>
        <translation>kotra-invest — 투자유치 CRM</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="65" />
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="66" />
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="67" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="68" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="69" />
        <source>FEZ promotion</source>
        <translation>경제자유구역 홍보</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="70" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="76" />
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="98" />
        <location filename="../../kotra_invest/ui/main_window.py" line="101" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="113" />
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="113" />
        <source>Shared server</source>
        <translation>공유 서버</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="117" />
        <source>Signed in: %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="130" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="132" />
        <source>&amp;Import from Excel or CSV…</source>
        <translation>Excel 또는 CSV에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="138" />
        <source>&amp;Connect to server…</source>
        <translation>서버 연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="143" />
        <source>&amp;Open mission pack…</source>
        <translation>출장 팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="146" />
        <source>&amp;Bring back mission…</source>
        <translation>출장 결과 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="153" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="158" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="159" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="161" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="167" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="168" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="172" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="181" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="182" />
        <source>&amp;About kotra-invest</source>
        <translation>kotra-invest 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="216" />
        <source>Open mission pack</source>
        <translation>출장 팩 열기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="237" />
        <source>kotra-invest %1 — the investment attraction CRM of the regional push.</source>
        <translation>kotra-invest %1 — 지역 투자유치 확대를 위한 투자유치 CRM.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="180" />
        <source>Match the columns</source>
        <translation>열 맞춤</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="181" />
        <source>Each column was matched by its header; change any that is wrong. Fields marked * are required.</source>
        <translation>각 열은 머리글에 따라 맞춰졌습니다. 잘못된 항목은 변경하십시오. * 표시된 필드는 필수입니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="184" />
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="184" />
        <source>First value</source>
        <translation>첫 번째 값</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="184" />
        <source>Stored as</source>
        <translation>저장할 필드</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="187" />
        <source>Remember this matching for files with these headers</source>
        <translation>같은 머리글의 파일에 이 열 맞춤 기억</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="211" />
        <source>— ignore —</source>
        <translation>— 무시 —</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="239" />
        <source>Still to match: %1</source>
        <translation>맞춤 필요: %1</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="423" />
        <source>Delegation member</source>
        <translation>유치단 단원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="424" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="425" />
        <source>Name (English)</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="426" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="427" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="428" />
        <source>Head of the delegation</source>
        <translation>유치단 단장</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="144" />
        <source>Bring back mission: %1</source>
        <translation>출장 결과 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="147" />
        <source>This pack has been merged already; there is nothing new in it.</source>
        <translation>이미 병합한 출장 팩입니다. 새로 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="149" />
        <source>New records: %1 · changed fields: %2 · conflicts: %3</source>
        <translation>새 기록 %1건 · 변경된 항목 %2개 · 충돌 %3건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="157" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="157" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="157" />
        <source>At home</source>
        <translation>본부 데이터</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="157" />
        <source>In the pack</source>
        <translation>출장 팩</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="158" />
        <source>Keep</source>
        <translation>유지할 값</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="158" />
        <source>Value to keep (when edited)</source>
        <translation>직접 입력한 값</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="162" />
        <location filename="../../kotra_invest/ui/mission.py" line="163" />
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="172" />
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="173" />
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="174" />
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="176" />
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="196" />
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="199" />
        <source>All: keep home</source>
        <translation>모두 본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="200" />
        <source>All: keep pack</source>
        <translation>모두 출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="225" />
        <source>%1 conflicts still need an answer.</source>
        <translation>아직 선택하지 않은 충돌이 %1건 있습니다.</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="85" />
        <source>Take on mission</source>
        <translation>출장 팩 만들기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="99" />
        <source>The mission pack is ready: %1
Open it on the laptop with File &gt; Open mission pack.</source>
        <translation>출장 팩을 만들었습니다: %1
노트북에서 파일 &gt; 출장 팩 열기로 여세요.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="101" />
        <source>Writing the mission pack…</source>
        <translation>출장 팩을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="110" />
        <source>Passphrase (leave blank if the pack has none):</source>
        <translation>암호 (암호가 없는 팩이면 비워 두세요):</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="234" />
        <source>Bring back mission</source>
        <translation>출장 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="262" />
        <source>Merged: %1 new records, %2 changed fields; conflicts kept from home %3, from the pack %4, edited %5.</source>
        <translation>병합했습니다: 새 기록 %1건, 변경 항목 %2개. 충돌 처리 — 본부 값 %3건, 출장 팩 값 %4건, 직접 입력 %5건.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="270" />
        <source>Merging the mission…</source>
        <translation>출장 결과를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="272" />
        <source>Reading the mission pack…</source>
        <translation>출장 팩을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="166" />
        <source>Move to stage</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="175" />
        <source>Required when the project is lost</source>
        <translation>프로젝트 무산 시 필수</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="179" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="180" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="181" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="49" />
        <source>Protect the mission pack</source>
        <translation>출장 팩 보호</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="59" />
        <source>A laptop abroad can be lost. With a passphrase the pack is encrypted; leave it blank for none.</source>
        <translation>출장 중 노트북을 잃어버릴 수 있습니다. 암호를 정하면 출장 팩이 암호화됩니다. 암호 없이 만들려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="62" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="63" />
        <source>Again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/mission.py" line="72" />
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="260" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="261" />
        <source>The first rows as they will be stored. Red rows have a problem and will be left out.</source>
        <translation>저장될 형태의 처음 몇 행입니다. 빨간색 행은 문제가 있어 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="284" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="284" />
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/import_wizard.py" line="292" />
        <source>duplicate of %1</source>
        <translation>%1과(와) 중복</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="286" />
        <source>Investor of the new project</source>
        <translation>새 프로젝트의 투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="297" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="319" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="340" />
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2 단계로 이동</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="345" />
        <source>Delete project %1</source>
        <translation>프로젝트 %1 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="197" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="197" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="200" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="201" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="205" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="208" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="210" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="212" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="214" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="215" />
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="216" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="220" />
        <source>Expected jobs</source>
        <translation>예상 고용 인원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="224" />
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="225" />
        <source>Confidential (only my team sees it)</source>
        <translation>대외비(우리 팀만 열람)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="226" />
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="78" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="78" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="78" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="78" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="78" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="79" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="79" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="79" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="79" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="447" />
        <source>Filter by title, code name or investor…</source>
        <translation>제목, 코드명, 투자가로 필터…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="449" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="450" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="451" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="452" />
        <source>All FEZs</source>
        <translation>전체 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="454" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="455" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="458" />
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="459" />
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="487" />
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="488" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="489" />
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="490" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="491" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="63" />
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="75" />
        <source>Complete %1</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="75" />
        <source>Reopen %1</source>
        <translation>%1 다시 열기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="80" />
        <source>Delete task %1</source>
        <translation>할 일 %1 삭제</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="25" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="26" />
        <source>What is to be done</source>
        <translation>할 일 내용</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="29" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="30" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="96" />
        <source>Overdue only</source>
        <translation>기한 지난 항목만</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98" />
        <source>About</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="102" />
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="103" />
        <source>&amp;Done / reopen (Space)</source>
        <translation>완료 / 다시 열기(&amp;D) (Space)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="104" />
        <source>Open what it is &amp;about</source>
        <translation>관련 대상 열기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="105" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="135" />
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="137" />
        <source>%1 tasks, %2 overdue</source>
        <translation>할 일 %1건, 기한 지남 %2건</translation>
    </message>
</context>
</TS>