<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
</TS>
