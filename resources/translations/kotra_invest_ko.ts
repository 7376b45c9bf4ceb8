<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="73"/>
        <source>Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="74"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="75"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="76"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="77"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="78"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="376"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="381"/>
        <source>… %1 more in the table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="35"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="40"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="42"/>
        <source>This record was changed by %1 while you were editing it. Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52"/>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="52"/>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="60"/>
        <source>&amp;Reload (discard mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="61"/>
        <source>&amp;Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/conflict.py" line="62"/>
        <source>&amp;Copy my changes, then reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="42"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="44"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="45"/>
        <source>Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="46"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="47"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="48"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="53"/>
        <source>Consent to keep their data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="58"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="59"/>
        <source>Source (business card, event …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="231"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="233"/>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="240"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="243"/>
        <source>Reload the figures (F5)</source>
        <translation>실적을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="260"/>
        <source>Delegations dispatched + planned</source>
        <translation>투자유치단 파견 + 예정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="266"/>
        <source>Notified FDI (신고)</source>
        <translation>외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="267"/>
        <source>Arrived FDI (도착)</source>
        <translation>외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="268"/>
        <source>Non-capital-region share</source>
        <translation>비수도권 비중 (신고 기준)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="276"/>
        <source>Delegations: dispatched and planned</source>
        <translation>투자유치단 파견·예정 현황</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="278"/>
        <location filename="../../kotra_invest/ui/dashboard.py" line="284"/>
        <source>By region</source>
        <translation>권역별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="279"/>
        <location filename="../../kotra_invest/ui/dashboard.py" line="285"/>
        <source>By industry</source>
        <translation>산업별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="280"/>
        <source>Delegations chart view</source>
        <translation>투자유치단 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="282"/>
        <source>Notified (신고) vs arrived (도착)</source>
        <translation>신고 대비 도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="286"/>
        <source>By FEZ</source>
        <translation>경제자유구역별</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="287"/>
        <source>FDI chart view</source>
        <translation>신고·도착 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="289"/>
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트 파이프라인</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292"/>
        <source>Upcoming trips</source>
        <translation>다가오는 출장</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292"/>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="292"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293"/>
        <location filename="../../kotra_invest/ui/dashboard.py" line="584"/>
        <source>My overdue tasks</source>
        <translation>지연된 할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293"/>
        <source>Overdue</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="293"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="378"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="388"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="401"/>
        <source>Updated {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="428"/>
        <source>Investment attraction {0}</source>
        <translation>{0}년 투자유치 현황</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="438"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="439"/>
        <source>Dispatched {0} · planned {1} · target {2}</source>
        <translation>파견 {0}건 · 예정 {1}건 · 목표 {2}건</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="444"/>
        <source>Filed in {0}</source>
        <translation>{0}년 신고 누계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="446"/>
        <source>{0}% of notified</source>
        <translation>신고액 대비 {0}%</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="448"/>
        <source>Arrived in {0}</source>
        <translation>{0}년 도착 누계</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="453"/>
        <source>{0} notified outside the capital region</source>
        <translation>비수도권 신고 {0}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="456"/>
        <source>No notified FDI yet</source>
        <translation>아직 신고 실적이 없습니다</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="460"/>
        <source>100 million USD</source>
        <translation>억 달러</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="461"/>
        <source>USD million</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="470"/>
        <source>No delegations for {0} yet.</source>
        <translation>{0}년 투자유치단이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="477"/>
        <source>No target industry</source>
        <translation>대상 산업 미정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="482"/>
        <source>Dispatched</source>
        <translation>파견</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="482"/>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="491"/>
        <source>Cancelled: {0} (not counted)</source>
        <translation>취소 {0}건 (실적에서 제외)</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="500"/>
        <source>No notified or arrived FDI in {0} yet.</source>
        <translation>{0}년 신고·도착 실적이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="507"/>
        <source>Industry not set</source>
        <translation>산업 미지정</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="514"/>
        <source>Outside any FEZ: {0} notified, {1} arrived</source>
        <translation>경제자유구역 밖: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="521"/>
        <source>Province not decided yet: {0} notified, {1} arrived</source>
        <translation>입지 미정: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="524"/>
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="524"/>
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="539"/>
        <source>No projects in the pipeline yet.</source>
        <translation>파이프라인에 프로젝트가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="551"/>
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="551"/>
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="552"/>
        <source>On hold / lost</source>
        <translation>보류·무산</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="556"/>
        <source>All live projects, whatever the year</source>
        <translation>연도와 관계없이 진행 중인 모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="563"/>
        <source>On the road</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="565"/>
        <source>Tomorrow</source>
        <translation>내일 출발</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="567"/>
        <source>In {0} days</source>
        <translation>{0}일 후</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="574"/>
        <source>No trips ahead.</source>
        <translation>예정된 출장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="580"/>
        <source>{0} d late</source>
        <translation>{0}일 지연</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/dashboard.py" line="583"/>
        <source>Nothing overdue. Well done!</source>
        <translation>지연된 할 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="260"/>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="260"/>
        <source>Edit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="263"/>
        <source>Title (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="264"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="268"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="272"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="274"/>
        <source>Lead province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="283"/>
        <source>Other participating provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="285"/>
        <source>Target industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="290"/>
        <source>Departs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="291"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="294"/>
        <source>Destinations (country code, city, time zone; separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="295"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="479"/>
        <source>&amp;Edit overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="480"/>
        <source>Export &amp;briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="481"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="483"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="484"/>
        <source>Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="485"/>
        <location filename="../../kotra_invest/ui/delegations.py" line="494"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="486"/>
        <location filename="../../kotra_invest/ui/delegations.py" line="504"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="486"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490"/>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="490"/>
        <location filename="../../kotra_invest/ui/delegations.py" line="497"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="493"/>
        <source>Add item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="495"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="495"/>
        <source>Itinerary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="497"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="502"/>
        <source>Add investor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="503"/>
        <source>Set status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="505"/>
        <source>Investors to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="519"/>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="520"/>
        <source>MOUs signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="521"/>
        <source>Pledged (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="522"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="525"/>
        <source>Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="528"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="580"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="581"/>
        <source>Target industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="582"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="583"/>
        <source>Participating provinces (★ lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="584"/>
        <source>Free Economic Zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="585"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="586"/>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="587"/>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="606"/>
        <source>Korea time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="619"/>
        <source>Targets met: %1 · activities logged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="645"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="646"/>
        <source>Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="661"/>
        <source>Edit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="670"/>
        <source>Export briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="690"/>
        <source>Briefing pack written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="692"/>
        <source>Writing the briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="707"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="731"/>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="740"/>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="766"/>
        <source>Add itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="790"/>
        <source>Edit itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="799"/>
        <source>Delete itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="806"/>
        <source>Add an investor to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="815"/>
        <source>Add investor to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="833"/>
        <source>Set meeting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="839"/>
        <source>Remove investor to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="869"/>
        <source>Delegation results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="122"/>
        <location filename="../../kotra_invest/ui/delegations.py" line="139"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="125"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="128"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="131"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="136"/>
        <source>Destination (city or country code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="146"/>
        <source>Delegation</source>
        <translation type="unfinished">투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="146"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="146"/>
        <source>Lead province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="146"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="147"/>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="147"/>
        <source>Investors to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="152"/>
        <source>&amp;New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="155"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="217"/>
        <source>%1 delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="238"/>
        <source>New delegation %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="44"/>
        <source>Promotion event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="45"/>
        <source>Title (Korean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="46"/>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="50"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="62"/>
        <source>FEZs taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="63"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="64"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="65"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="68"/>
        <source>Leads generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="69"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FezPage</name>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108"/>
        <source>Free Economic Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="108"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="110"/>
        <source>FEZs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="111"/>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="111"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="121"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="121"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="122"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="122"/>
        <source>Show &amp;all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="159"/>
        <source>Joint promotion events of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="159"/>
        <source>All joint promotion events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="178"/>
        <source>New promotion event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="201"/>
        <source>Edit promotion event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/fez.py" line="210"/>
        <source>Delete promotion event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/forms.py" line="82"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/forms.py" line="113"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="32"/>
        <source>Search investors, contacts, delegations, projects, notes (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="35"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="36"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="37"/>
        <source>Delegation</source>
        <translation type="unfinished">투자유치단</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="38"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="39"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/search_box.py" line="72"/>
        <source>Nothing found for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="87"/>
        <source>Log an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="92"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="96"/>
        <source>When</source>
        <translation type="unfinished">시기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="101"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="106"/>
        <source>About project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="107"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="108"/>
        <source>Outcome / next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestorEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="194"/>
        <source>New investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="194"/>
        <source>Edit investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="197"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="198"/>
        <source>Korean name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="199"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="201"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="207"/>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="208"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="209"/>
        <source>Tags (comma separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="210"/>
        <source>Already operates in Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="211"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestorPicker</name>
    <message>
        <location filename="../../kotra_invest/ui/pickers.py" line="25"/>
        <source>Part of the company name, in Korean or English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestorWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="148"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="149"/>
        <source>Export &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="149"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="150"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="152"/>
        <source>Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="152"/>
        <location filename="../../kotra_invest/ui/investor_page.py" line="159"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="153"/>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="153"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="154"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="154"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="154"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="154"/>
        <source>Target province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="155"/>
        <source>Notified (신고)</source>
        <translation type="unfinished">신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="155"/>
        <source>Arrived (도착)</source>
        <translation type="unfinished">도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="157"/>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="158"/>
        <source>Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="159"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160"/>
        <source>When</source>
        <translation type="unfinished">시기</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160"/>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="160"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="161"/>
        <source>Log meeting or call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="162"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="163"/>
        <source>Task</source>
        <translation type="unfinished">할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="163"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="163"/>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="164"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="164"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="208"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="208"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="208"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="209"/>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="209"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="209"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210"/>
        <source>Operates in Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="210"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="211"/>
        <source>Notified FDI (신고)</source>
        <translation type="unfinished">외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="212"/>
        <source>Arrived FDI (도착)</source>
        <translation type="unfinished">외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="213"/>
        <source>Delegations meeting them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="214"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="235"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="247"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="270"/>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="280"/>
        <source>Delete contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="306"/>
        <source>Log activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="317"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="330"/>
        <source>Export investor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investor_page.py" line="345"/>
        <source>Writing the profile…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvestorsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="415"/>
        <source>Filter by name, website, tag or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="421"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="422"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="423"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="424"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="434"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="435"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="455"/>
        <source>&amp;New investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="458"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="460"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="551"/>
        <source>%1 investors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="360"/>
        <source>Itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="364"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="365"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="369"/>
        <source>Starts (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="373"/>
        <source>Ends (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="378"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="379"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="380"/>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="385"/>
        <source>Investor met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="386"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="51"/>
        <source>kotra-invest — investment attraction CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="63"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="64"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="65"/>
        <source>Investors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="66"/>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="67"/>
        <source>FEZ promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="68"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="74"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="96"/>
        <location filename="../../kotra_invest/ui/main_window.py" line="99"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="111"/>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="111"/>
        <source>Shared server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="115"/>
        <source>Signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="128"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="130"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="135"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="136"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="138"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="145"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="149"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="159"/>
        <source>&amp;About kotra-invest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/main_window.py" line="181"/>
        <source>kotra-invest %1 — the investment attraction CRM of the regional push.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="424"/>
        <source>Delegation member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="425"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="426"/>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="427"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="428"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/delegations.py" line="429"/>
        <source>Head of the delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="156"/>
        <source>Move to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="165"/>
        <source>Required when the project is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="169"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="170"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="171"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="187"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="187"/>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="190"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="191"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="195"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="198"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="200"/>
        <source>Target province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="202"/>
        <source>Free Economic Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="204"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="205"/>
        <source>Planned investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="206"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="210"/>
        <source>Expected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="214"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="215"/>
        <source>Confidential (only my team sees it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="216"/>
        <source>Code name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="68"/>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="68"/>
        <source>Investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="68"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="68"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="68"/>
        <source>Target province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="69"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="69"/>
        <source>Notified (신고)</source>
        <translation type="unfinished">신고</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="69"/>
        <source>Arrived (도착)</source>
        <translation type="unfinished">도착</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="69"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="426"/>
        <source>Filter by title, code name or investor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="428"/>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="429"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="430"/>
        <source>All industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="431"/>
        <source>All FEZs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="433"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="434"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="437"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="438"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="466"/>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="467"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="468"/>
        <source>&amp;Move to stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="469"/>
        <source>Open &amp;investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="470"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="25"/>
        <source>Task</source>
        <translation type="unfinished">할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="26"/>
        <source>What is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="29"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="30"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="96"/>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98"/>
        <source>Task</source>
        <translation type="unfinished">할 일</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="98"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="102"/>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="103"/>
        <source>&amp;Done / reopen (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="104"/>
        <source>Open what it is &amp;about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="105"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="135"/>
        <source>Overdue</source>
        <translation type="unfinished">지연</translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="137"/>
        <source>%1 tasks, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../kotra_invest/ui/background.py" line="113"/>
        <source>Cancel</source>
        <translation type="unfinished">취소</translation>
    </message>
</context>
<context>
    <name>self.parent</name>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="303"/>
        <source>New investor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="360"/>
        <source>Edit investor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="369"/>
        <source>Delete investor %1? You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="370"/>
        <source>Delete investor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/investors.py" line="377"/>
        <source>Delete investor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="276"/>
        <source>Investor of the new project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="287"/>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="309"/>
        <source>Edit project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="330"/>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/projects.py" line="335"/>
        <source>Delete project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="63"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="75"/>
        <source>Complete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="75"/>
        <source>Reopen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kotra_invest/ui/tasks.py" line="80"/>
        <source>Delete task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
