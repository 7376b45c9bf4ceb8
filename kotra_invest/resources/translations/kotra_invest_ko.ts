<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AccessReason</name>
    <message>
        <location filename="../../ui/access_reason.py" line="24"/>
        <source>print an investor profile</source>
        <translation>투자가 프로필을 인쇄하려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="25"/>
        <source>export a briefing pack</source>
        <translation>유치단 브리핑 자료를 내보내려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="26"/>
        <source>take a mission pack out</source>
        <translation>출장 팩을 반출하려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="27"/>
        <source>export a person&apos;s data</source>
        <translation>개인의 정보를 내보내려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="28"/>
        <source>export a history holding contacts&apos; data</source>
        <translation>연락처 정보가 담긴 변경 이력을 내보내려고</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="29"/>
        <source>open or save a document about a person</source>
        <translation>개인에 관한 문서 열기 또는 저장</translation>
    </message>
</context>
<context>
    <name>AftercareActions</name>
    <message>
        <location filename="../../ui/aftercare.py" line="422"/>
        <source>New grievance case</source>
        <translation>새 고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="430"/>
        <source>Edit grievance case</source>
        <translation>고충 사례 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="439"/>
        <source>Acknowledge case</source>
        <translation>고충 사례 착수</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="447"/>
        <location filename="../../ui/aftercare.py" line="457"/>
        <source>Resolve case</source>
        <translation>고충 사례 해결</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="448"/>
        <source>How was it resolved?</source>
        <translation>어떻게 해결되었습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="462"/>
        <source>Delete grievance case</source>
        <translation>고충 사례 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="471"/>
        <source>New enquiry</source>
        <translation>새 투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="479"/>
        <source>Edit enquiry</source>
        <translation>투자 문의 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="488"/>
        <source>Mark enquiry answered</source>
        <translation>투자 문의 답변 완료</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="493"/>
        <source>Delete enquiry</source>
        <translation>투자 문의 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="501"/>
        <source>New incentive application</source>
        <translation>새 인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="510"/>
        <source>Edit incentive application</source>
        <translation>인센티브 신청 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="519"/>
        <source>Mark application %1</source>
        <translation>신청 상태 %1(으)로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="528"/>
        <source>Delete incentive application</source>
        <translation>인센티브 신청 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="535"/>
        <source>New milestone</source>
        <translation>새 절차 단계</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="544"/>
        <source>Edit milestone</source>
        <translation>절차 단계 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="549"/>
        <source>Delete milestone</source>
        <translation>절차 단계 삭제</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../ui/aftercare.py" line="617"/>
        <location filename="../../ui/aftercare.py" line="643"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="618"/>
        <source>0–7 days</source>
        <translation>0–7일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="619"/>
        <source>8–30 days</source>
        <translation>8–30일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="620"/>
        <source>31–90 days</source>
        <translation>31–90일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="621"/>
        <source>Over 90 days</source>
        <translation>90일 초과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="622"/>
        <location filename="../../ui/aftercare.py" line="829"/>
        <location filename="../../ui/aftercare.py" line="855"/>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="627"/>
        <source>Show resolved and withdrawn</source>
        <translation>해결·취하된 사례도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="629"/>
        <location filename="../../ui/aftercare.py" line="682"/>
        <source>Overdue only</source>
        <translation>기한 경과만</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="632"/>
        <source>All categories</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="641"/>
        <location filename="../../ui/aftercare.py" line="691"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="642"/>
        <location filename="../../ui/aftercare.py" line="738"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="644"/>
        <location filename="../../ui/aftercare.py" line="742"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="645"/>
        <location filename="../../ui/aftercare.py" line="695"/>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="646"/>
        <source>Age (days)</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="647"/>
        <location filename="../../ui/aftercare.py" line="698"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="648"/>
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="649"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="670"/>
        <source>&amp;New case…</source>
        <translation>새 고충 사례(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="671"/>
        <location filename="../../ui/aftercare.py" line="720"/>
        <location filename="../../ui/aftercare.py" line="764"/>
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="672"/>
        <source>&amp;Acknowledge</source>
        <translation>착수(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="673"/>
        <source>&amp;Resolve…</source>
        <translation>해결(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="674"/>
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="676"/>
        <location filename="../../ui/aftercare.py" line="722"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="675"/>
        <location filename="../../ui/aftercare.py" line="767"/>
        <source>Doc&amp;uments…</source>
        <translation>문서(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="680"/>
        <location filename="../../ui/aftercare.py" line="875"/>
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="684"/>
        <source>Unanswered only</source>
        <translation>미답변만</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="692"/>
        <source>Who asked</source>
        <translation>문의자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="693"/>
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="694"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="696"/>
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="697"/>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="699"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="719"/>
        <source>&amp;New enquiry…</source>
        <translation>새 문의(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="721"/>
        <source>Mark &amp;answered</source>
        <translation>답변 완료(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="723"/>
        <source>Response-time &amp;targets…</source>
        <translation>응답 목표 기한(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="727"/>
        <location filename="../../ui/aftercare.py" line="876"/>
        <source>Enquiries</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="731"/>
        <source>Every status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="739"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="740"/>
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="741"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="743"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="744"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="745"/>
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="746"/>
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="747"/>
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="748"/>
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="765"/>
        <source>Next &amp;step</source>
        <translation>다음 단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="766"/>
        <source>Open &amp;project</source>
        <translation>프로젝트 열기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="771"/>
        <location filename="../../ui/aftercare.py" line="877"/>
        <source>Incentive applications</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="818"/>
        <source>All open cases</source>
        <translation>진행 중인 사례 전체</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="831"/>
        <source>%1 open, %2 overdue</source>
        <translation>진행 %1건, 기한 경과 %2건</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="857"/>
        <source>Targets: acknowledge within %1 days, answer within %2 days</source>
        <translation>목표: %1일 안에 착수, %2일 안에 답변</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="887"/>
        <source>Whose grievance is it?</source>
        <translation>어느 투자가의 고충입니까?</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../ui/background.py" line="116"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../ui/projects.py" line="639"/>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="645"/>
        <source>… %1 more in the table</source>
        <translation>… 표에 %1건 더 있음</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../../ui/briefing_export.py" line="89"/>
        <source>Export briefing pack</source>
        <translation>브리핑 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="91"/>
        <source>PDF (to print and read)</source>
        <translation>PDF (인쇄·열람용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="92"/>
        <source>Excel workbook (to edit)</source>
        <translation>엑셀 통합 문서 (편집용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="93"/>
        <source>Itinerary calendar (.ics, for Outlook and phones)</source>
        <translation>일정 캘린더 (.ics, Outlook·휴대전화용)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="108"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="119"/>
        <source>Write</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="126"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="127"/>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="128"/>
        <source>Files</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="149"/>
        <source>Choose at least one file.</source>
        <translation>파일을 하나 이상 고르십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="153"/>
        <source>Folder for the briefing pack</source>
        <translation>브리핑 자료를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="163"/>
        <source>There is no folder %1.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="190"/>
        <source>Checking the briefing pack…</source>
        <translation>브리핑 자료 점검 중…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="211"/>
        <source>Briefing pack written: %1</source>
        <translation>브리핑 자료를 썼습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_export.py" line="216"/>
        <source>Writing the briefing pack…</source>
        <translation>브리핑 자료를 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="117"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="119"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="121"/>
        <source>Ministry or agency involved</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="122"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="124"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="127"/>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="130"/>
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="132"/>
        <source>Resolved</source>
        <translation>해결일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="133"/>
        <source>What the investor asks</source>
        <translation>고충 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="134"/>
        <source>Resolution</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="135"/>
        <source>Policy-improvement proposal</source>
        <translation>제도개선 건의</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="499"/>
        <source>Check the whole file</source>
        <translation>파일 전체 검사</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="500"/>
        <source>Nothing is stored yet. Choose what to do with duplicates, then Import.</source>
        <translation>아직 저장된 내용은 없습니다. 중복 항목 처리 방법을 선택한 후 가져오기를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="503"/>
        <source>Skip duplicates</source>
        <translation>중복 항목 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="504"/>
        <source>Update the existing record (changed fields)</source>
        <translation>기존 레코드 갱신(변경된 필드)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="505"/>
        <source>Create them anyway</source>
        <translation>그대로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="508"/>
        <location filename="../../ui/import_wizard.py" line="512"/>
        <source>Leave the row out</source>
        <translation>그 행은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509"/>
        <source>Create the investor from the row</source>
        <translation>행의 내용으로 투자가 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="513"/>
        <source>Import the row without an owner</source>
        <translation>담당자 없이 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="514"/>
        <source>Create the officer (administrators)</source>
        <translation>직원 계정 새로 만들기 (관리자)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="515"/>
        <source>Stop the import</source>
        <translation>가져오기 멈추기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="521"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="524"/>
        <source>Save the rows with errors as a workbook to fix…</source>
        <translation>오류가 있는 행을 수정용 통합 문서로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="526"/>
        <source>Other names of industries, countries …</source>
        <translation>업종·국가 등의 다른 이름…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="532"/>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="533"/>
        <source>Investors not in the database</source>
        <translation>데이터베이스에 없는 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="534"/>
        <source>Owners who are not officers here</source>
        <translation>등록된 직원이 아닌 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="558"/>
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="565"/>
        <source>Checking the file…</source>
        <translation>파일 검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="576"/>
        <source>%1 rows read: %2 would be created, %3 updated, %4 skipped as duplicates, %5 rows have errors.</source>
        <translation>%1개 행 읽음: 생성 예정 %2건, 갱신 예정 %3건, 중복으로 건너뜀 %4건, 오류가 있는 행 %5개.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="598"/>
        <source>Rows to fix</source>
        <translation>수정할 행</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict.py" line="35"/>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="40"/>
        <source>another user</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="42"/>
        <source>This record was changed by %1 while you were editing it. Nothing has been saved yet.</source>
        <translation>편집하는 동안 %1이(가) 이 레코드를 변경했습니다. 아직 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52"/>
        <source>Your version</source>
        <translation>내 버전</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="52"/>
        <source>Saved version</source>
        <translation>저장된 버전</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="61"/>
        <source>&amp;Reload (discard mine)</source>
        <translation>다시 불러오기 - 내 변경 사항 버림(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="64"/>
        <source>&amp;Overwrite with mine</source>
        <translation>내 변경 사항으로 덮어쓰기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/conflict.py" line="67"/>
        <source>&amp;Copy my changes, then reload</source>
        <translation>내 변경 사항 복사 후 다시 불러오기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/connect.py" line="41"/>
        <source>Connect to server</source>
        <translation>서버 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="44"/>
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="47"/>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="49"/>
        <source>Forget this saved connection and its stored password</source>
        <translation>저장된 연결과 보관된 비밀번호를 지웁니다</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="70"/>
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="73"/>
        <source>No system keyring here: the password is asked every time</source>
        <translation>시스템 키링을 사용할 수 없음: 매번 비밀번호를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="77"/>
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="81"/>
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="82"/>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="83"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="84"/>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="85"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="86"/>
        <source>Encryption (sslmode)</source>
        <translation>암호화(sslmode)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="87"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="91"/>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="110"/>
        <source>Remove saved connection</source>
        <translation>저장된 연결 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="111"/>
        <source>Remove the saved connection %1 and its stored password?</source>
        <translation>저장된 연결 %1과(와) 보관된 비밀번호를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="117"/>
        <source>Removed the saved connection %1.</source>
        <translation>저장된 연결 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="151"/>
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="156"/>
        <source>schema up to date</source>
        <translation>스키마 최신 상태</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="157"/>
        <source>schema older than this program: run &apos;kotra-invest db upgrade&apos;</source>
        <translation>스키마가 이 프로그램보다 오래됨: &apos;kotra-invest db upgrade&apos;를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="158"/>
        <source>schema newer than this program: update kotra-invest</source>
        <translation>스키마가 이 프로그램보다 최신임: kotra-invest를 업데이트하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="159"/>
        <source>empty database: run &apos;kotra-invest db upgrade&apos;</source>
        <translation>빈 데이터베이스: &apos;kotra-invest db upgrade&apos;를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="162"/>
        <source>Reachable (PostgreSQL %1); %2; the server signs you in as %3, role: %4.</source>
        <translation>연결 가능(PostgreSQL %1); %2; 서버가 인정하는 사용자: %3, 역할: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="184"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/investor_page.py" line="45"/>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="46"/>
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="47"/>
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="48"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="49"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="54"/>
        <source>Consent to keep their data</source>
        <translation>개인정보 보관 동의</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="59"/>
        <source>Consent date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="60"/>
        <source>Source (business card, event …)</source>
        <translation>출처(명함, 행사 …)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="61"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="256"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="258"/>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="268"/>
        <source>Reload the figures (F5)</source>
        <translation>실적을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="274"/>
        <source>Quarterly FDI table…</source>
        <translation>분기별 외국인투자 실적표…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="276"/>
        <source>The ministry&apos;s quarterly table for the year, with the projects behind each figure</source>
        <translation>산업통상부 집계 방식의 연간 분기별 실적표 (각 수치의 프로젝트 확인)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="298"/>
        <source>Delegations dispatched + planned</source>
        <translation>투자유치단 파견 + 예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="304"/>
        <location filename="../../ui/dashboard.py" line="383"/>
        <source>Notified FDI (신고)</source>
        <translation>외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="305"/>
        <location filename="../../ui/dashboard.py" line="384"/>
        <source>Arrived FDI (도착)</source>
        <translation>외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306"/>
        <source>Non-capital-region share</source>
        <translation>비수도권 비중 (신고 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="314"/>
        <source>Delegations: dispatched and planned</source>
        <translation>투자유치단 파견·예정 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="316"/>
        <location filename="../../ui/dashboard.py" line="322"/>
        <source>By region</source>
        <translation>권역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="317"/>
        <location filename="../../ui/dashboard.py" line="323"/>
        <source>By industry</source>
        <translation>산업별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="318"/>
        <source>Delegations chart view</source>
        <translation>투자유치단 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="320"/>
        <source>Notified (신고) vs arrived (도착)</source>
        <translation>신고 대비 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="324"/>
        <source>By FEZ</source>
        <translation>경제자유구역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="325"/>
        <source>FDI chart view</source>
        <translation>신고·도착 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="327"/>
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트 파이프라인</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="330"/>
        <source>Upcoming trips</source>
        <translation>다가오는 출장</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="330"/>
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="330"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="331"/>
        <location filename="../../ui/dashboard.py" line="826"/>
        <source>My overdue tasks</source>
        <translation>지연된 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="331"/>
        <source>Overdue</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="331"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="376"/>
        <source>Map of Korea</source>
        <translation>한국 지도</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="385"/>
        <source>Pipeline projects</source>
        <translation>투자 프로젝트 수</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="386"/>
        <source>Delegations by lead province</source>
        <translation>주관 시·도별 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="387"/>
        <source>Open grievance cases</source>
        <translation>미해결 고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="390"/>
        <source>Map figure</source>
        <translation>지도 항목</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="393"/>
        <source>Click a province to filter the investors and projects lists</source>
        <translation>시·도를 누르면 투자가·프로젝트 목록이 그 시·도로 좁혀집니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="405"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="407"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="409"/>
        <source>Clear</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="410"/>
        <source>Show all provinces in the investors and projects lists</source>
        <translation>투자가·프로젝트 목록에 모든 시·도를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="514"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="560"/>
        <source>Click a province to show only its investors and projects.</source>
        <translation>시·도를 누르면 그 시·도의 투자가와 프로젝트만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="562"/>
        <source>Investors and projects lists: {0} only</source>
        <translation>투자가·프로젝트 목록: {0}만</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="569"/>
        <location filename="../../ui/dashboard.py" line="576"/>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="591"/>
        <source>Updated {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="618"/>
        <source>Investment attraction {0}</source>
        <translation>{0}년 투자유치 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="628"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="629"/>
        <source>Dispatched {0} · planned {1} · target {2}</source>
        <translation>파견 {0}건 · 예정 {1}건 · 목표 {2}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="634"/>
        <source>Filed in {0}</source>
        <translation>{0}년 신고 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="636"/>
        <source>{0}% of notified</source>
        <translation>신고액 대비 {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="638"/>
        <source>Arrived in {0}</source>
        <translation>{0}년 도착 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="643"/>
        <source>{0} notified outside the capital region</source>
        <translation>비수도권 신고 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="646"/>
        <source>No notified FDI yet</source>
        <translation>아직 신고 실적이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="651"/>
        <source>100 million USD</source>
        <translation>억 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="653"/>
        <source>USD million</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="663"/>
        <source>No delegations for {0} yet.</source>
        <translation>{0}년 투자유치단이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="670"/>
        <source>No target industry</source>
        <translation>대상 산업 미정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="675"/>
        <source>Dispatched</source>
        <translation>파견</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="675"/>
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="688"/>
        <source>Cancelled: {0} (not counted)</source>
        <translation>취소 {0}건 (실적에서 제외)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="697"/>
        <source>No notified or arrived FDI in {0} yet.</source>
        <translation>{0}년 신고·도착 실적이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="704"/>
        <source>Industry not set</source>
        <translation>산업 미지정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="711"/>
        <source>Outside any FEZ: {0} notified, {1} arrived</source>
        <translation>경제자유구역 밖: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="719"/>
        <source>Province not decided yet: {0} notified, {1} arrived</source>
        <translation>입지 미정: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="723"/>
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="723"/>
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="750"/>
        <source>Rates used (units per USD): {0}</source>
        <translation>적용 환율 (1달러당): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="756"/>
        <source>{0} dated rates used ({1}); point here for each</source>
        <translation>일자별 환율 {0}건 적용({1}) — 마우스를 올리면 전체 목록</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="760"/>
        <source>Not counted, no rate on or before the date: {0}</source>
        <translation>해당 일자 이전 환율이 없어 합계에서 제외: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="766"/>
        <source>{0} amounts not counted: no rate on or before their date ({1})</source>
        <translation>{0}건 미집계: 해당 일자 이전 환율 없음({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="776"/>
        <source>No projects in the pipeline yet.</source>
        <translation>파이프라인에 프로젝트가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="789"/>
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="790"/>
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="791"/>
        <source>On hold / lost</source>
        <translation>보류·무산</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="798"/>
        <source>All live projects, whatever the year</source>
        <translation>연도와 관계없이 진행 중인 모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="805"/>
        <source>On the road</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="807"/>
        <source>Tomorrow</source>
        <translation>내일 출발</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="809"/>
        <source>In {0} days</source>
        <translation>{0}일 후</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="816"/>
        <source>No trips ahead.</source>
        <translation>예정된 출장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="822"/>
        <source>{0} d late</source>
        <translation>{0}일 지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="825"/>
        <source>Nothing overdue. Well done!</source>
        <translation>지연된 할 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="323"/>
        <source>New delegation</source>
        <translation>새 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="323"/>
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="326"/>
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="327"/>
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="331"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="335"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="337"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="346"/>
        <source>Other participating provinces</source>
        <translation>기타 참여 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="348"/>
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="353"/>
        <source>Departs</source>
        <translation>출발일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="354"/>
        <source>Returns</source>
        <translation>귀국일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="357"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="358"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>DelegationWindow</name>
    <message>
        <location filename="../../ui/delegations.py" line="649"/>
        <source>&amp;Edit overview…</source>
        <translation>개요 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="650"/>
        <source>&amp;Leader…</source>
        <translation>단장(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="651"/>
        <source>Free Economic &amp;Zones…</source>
        <translation>경제자유구역(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="652"/>
        <source>Export &amp;briefing pack…</source>
        <translation>브리핑 자료 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="653"/>
        <source>Take on &amp;mission…</source>
        <translation>출장 팩 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="657"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="660"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="660"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="660"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="660"/>
        <source>Head</source>
        <translation>단장</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>단원 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="671"/>
        <source>Members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="675"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="675"/>
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="675"/>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>참여 기관 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="693"/>
        <source>Time (local)</source>
        <translation>시간(현지)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="693"/>
        <source>Zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="693"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="693"/>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="693"/>
        <location filename="../../ui/delegations.py" line="712"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>일정 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="707"/>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="704"/>
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>캘린더에 추가(.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="712"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="712"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="712"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="712"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>&amp;Add investor…</source>
        <translation>투자가 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Set status</source>
        <translation>상태 설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="729"/>
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="733"/>
        <source>Recommendations</source>
        <translation>추천 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="749"/>
        <source>Meetings held</source>
        <translation>면담 실시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="750"/>
        <source>MOUs signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="751"/>
        <source>Pledged (USD)</source>
        <translation>투자 약속액(USD)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="752"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>&amp;Save results</source>
        <translation>결과 저장(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1370"/>
        <source>Saved elsewhere meanwhile: %1. What you typed is kept: Save results again to replace it.</source>
        <translation>그사이 다른 곳에서 저장되었습니다: %1. 입력하신 내용은 그대로 있습니다. 결과 저장을 다시 누르면 입력하신 내용으로 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="758"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="764"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="825"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="826"/>
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="827"/>
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="828"/>
        <source>Participating provinces (★ lead)</source>
        <translation>참여 시·도(★ 주관)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="829"/>
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="687"/>
        <location filename="../../ui/delegations.py" line="830"/>
        <source>Organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="831"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="832"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="887"/>
        <source>Korea time: %1</source>
        <translation>한국 시간: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="916"/>
        <source>Targets met: %1 · activities logged: %2</source>
        <translation>면담 완료 대상: %1 · 기록된 활동: %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="946"/>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="948"/>
        <source>Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)</source>
        <translation>그사이 다른 사용자가 이 투자유치단을 저장했습니다. 내 변경 사항으로 덮어쓰시겠습니까? (&apos;아니요&apos;를 선택하면 다른 사용자의 버전을 다시 불러옵니다.)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="959"/>
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1002"/>
        <source>Set leader</source>
        <translation>단장 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1025"/>
        <source>Set Free Economic Zones</source>
        <translation>경제자유구역 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1041"/>
        <source>Add organisation</source>
        <translation>참여 기관 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1052"/>
        <source>Edit organisation</source>
        <translation>참여 기관 수정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1058"/>
        <source>Remove organisation</source>
        <translation>참여 기관 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1093"/>
        <source>Add member</source>
        <translation>단원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1104"/>
        <source>Edit member</source>
        <translation>단원 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1110"/>
        <source>Remove member</source>
        <translation>단원 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1138"/>
        <source>Add to calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1138"/>
        <source>Calendar (*.ics)</source>
        <translation>캘린더 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1151"/>
        <source>Calendar file written: %1</source>
        <translation>캘린더 파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1154"/>
        <source>Writing the calendar file…</source>
        <translation>캘린더 파일을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1170"/>
        <source>Add itinerary item</source>
        <translation>일정 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1207"/>
        <source>Edit itinerary item</source>
        <translation>일정 항목 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1220"/>
        <source>Delete itinerary item</source>
        <translation>일정 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1231"/>
        <source>Add an investor to meet</source>
        <translation>면담할 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1242"/>
        <source>Add investor to meet</source>
        <translation>면담 대상 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1269"/>
        <source>Set meeting status</source>
        <translation>면담 상태 설정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1281"/>
        <source>Remove investor to meet</source>
        <translation>면담 대상 투자가 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1324"/>
        <source>Delegation results</source>
        <translation>투자유치단 성과</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../ui/delegations.py" line="164"/>
        <location filename="../../ui/delegations.py" line="187"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="167"/>
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="171"/>
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="175"/>
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="179"/>
        <source>All destinations</source>
        <translation>전체 방문국</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="184"/>
        <source>Part of the title</source>
        <translation>유치단명 일부</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="195"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="196"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="197"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="198"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="199"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="200"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="201"/>
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="208"/>
        <source>&amp;New delegation</source>
        <translation>새 투자유치단(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="211"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="273"/>
        <source>%1 delegations</source>
        <translation>투자유치단 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="282"/>
        <source>Delegations %1</source>
        <translation>%1년 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="301"/>
        <source>New delegation %1</source>
        <translation>새 투자유치단 %1</translation>
    </message>
</context>
<context>
    <name>DestinationPicker</name>
    <message>
        <location filename="../../ui/places.py" line="57"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="59"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="68"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="70"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="72"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="98"/>
        <source>Time zone of %1: %2</source>
        <translation>%1의 시간대: %2</translation>
    </message>
    <message>
        <location filename="../../ui/places.py" line="101"/>
        <source>A city not on the list: pick its time zone.</source>
        <translation>목록에 없는 도시입니다. 시간대를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>Added</source>
        <translation>추가한 때</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>By</source>
        <translation>추가한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="104"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="111"/>
        <source>Drop files here, or an e-mail (.msg, .eml) to put it on the timeline.</source>
        <translation>파일을 여기에 끌어 놓으세요. 이메일(.msg, .eml)을 놓으면 활동 기록에 들어갑니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>다른 이름으로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>새 판으로 바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="178"/>
        <source>Protected (DRM)</source>
        <translation>보안 문서(DRM)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="182"/>
        <source>Outlook message</source>
        <translation>Outlook 메시지</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="183"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="184"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="198"/>
        <source>Image (%1)</source>
        <translation>이미지 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="199"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="203"/>
        <source>Document DRM (%1): cannot be previewed or searched</source>
        <translation>문서보안(DRM, %1): 미리 보기와 내용 검색을 할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="206"/>
        <source>version %1</source>
        <translation>%1판</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="208"/>
        <source>from an e-mail or meeting</source>
        <translation>이메일 또는 면담의 문서</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="210"/>
        <source>of %1</source>
        <translation>%1의 문서</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="219"/>
        <source>a grievance case</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="220"/>
        <source>an incentive application</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="221"/>
        <source>a procedure step</source>
        <translation>투자 절차 단계</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="215"/>
        <source>a contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="216"/>
        <source>a project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="217"/>
        <source>an investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="218"/>
        <source>a delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="241"/>
        <source>Protected by document DRM: no preview.</source>
        <translation>문서보안(DRM)이 걸린 파일: 미리 보기를 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="250"/>
        <source>No preview for this kind of file.</source>
        <translation>이 종류의 파일은 미리 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="264"/>
        <source>Select a document first.</source>
        <translation>먼저 문서를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="270"/>
        <location filename="../../ui/documents.py" line="374"/>
        <source>Add documents</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="281"/>
        <source>Storing %1 file(s)…</source>
        <translation>파일 %1개를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="319"/>
        <source>Added: %1</source>
        <translation>추가했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="331"/>
        <source>%1 cannot be read as an e-mail (the file is damaged or incomplete): it is kept as a document.</source>
        <translation>%1 파일은 이메일로 읽을 수 없어(파일이 손상되었거나 일부만 있음) 문서로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="327"/>
        <source>%1 is protected by document DRM (%2): it is kept as it is, but cannot be previewed or searched.</source>
        <translation>%1은(는) 문서보안(DRM, %2)이 걸린 파일입니다: 그대로 보관하지만 미리 보거나 내용을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="347"/>
        <source>Add %1 as contacts of the investor</source>
        <translation>%1을(를) 투자가의 연락처로 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="376"/>
        <source>Add documents and e-mails</source>
        <translation>문서 및 이메일 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="378"/>
        <source>Import e-mail</source>
        <translation>이메일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="389"/>
        <source>%1 was imported before and its meeting deleted: it is back on the timeline with %2 document(s).</source>
        <translation>%1은(는) 이미 가져왔다가 면담 기록이 삭제된 이메일입니다: 활동 기록에 되살렸습니다 (문서 %2건).</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="395"/>
        <source>%1 was imported before: nothing new.</source>
        <translation>%1은(는) 이미 가져온 이메일입니다: 새로 만든 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="396"/>
        <source>E-mail “%1” is on the timeline with %2 document(s).</source>
        <translation>이메일 “%1”을(를) 활동 기록에 넣었습니다 (문서 %2건).</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="401"/>
        <source>Not yet contacts: %1</source>
        <translation>연락처에 없는 주소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="427"/>
        <source>Add contacts from an e-mail</source>
        <translation>이메일에서 연락처 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="430"/>
        <source>%1 contact(s) added.</source>
        <translation>연락처 %1명을 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="487"/>
        <source>Save document as</source>
        <translation>문서를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="496"/>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="502"/>
        <source>Replace with a new version</source>
        <translation>새 판으로 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="510"/>
        <source>Version %1 saved; the old one is kept.</source>
        <translation>%1판을 저장했습니다. 이전 판은 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="519"/>
        <source>Delete document</source>
        <translation>문서 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="524"/>
        <source>Deleted (Ctrl+Z brings it back).</source>
        <translation>삭제했습니다 (Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="616"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="628"/>
        <location filename="../../ui/import_wizard.py" line="634"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="646"/>
        <source>Imported from %1: %2 created, %3 updated, %4 skipped, %5 rows left out with errors. Every record names the file in its history.</source>
        <translation>%1에서 가져옴: 생성 %2건, 갱신 %3건, 건너뜀 %4건, 오류로 제외된 행 %5개. 모든 레코드의 변경 이력에 파일 이름이 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="658"/>
        <source>Nothing was imported.</source>
        <translation>가져온 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../ui/merge.py" line="39"/>
        <source>An investor with the same name is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>이름이 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="43"/>
        <source>An investor with an almost identical name is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>이름이 거의 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="47"/>
        <source>An investor with the same website or e-mail domain is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same company?</source>
        <translation>웹사이트나 이메일 도메인이 같은 투자가가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 회사입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="51"/>
        <source>A contact with the same e-mail address is already registered: &lt;b&gt;%1&lt;/b&gt;. Is it the same person?</source>
        <translation>이메일 주소가 같은 연락처가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 사람입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="55"/>
        <source>A contact with the same name is already registered at this investor: &lt;b&gt;%1&lt;/b&gt;. Is it the same person?</source>
        <translation>이 투자가에 이름이 같은 연락처가 이미 있습니다: &lt;b&gt;%1&lt;/b&gt;. 같은 사람입니까?</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="74"/>
        <source>Possible duplicate</source>
        <translation>중복 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="80"/>
        <source>Open the existing one</source>
        <translation>기존 기록 열기</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="83"/>
        <source>Save anyway</source>
        <translation>그래도 저장</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="85"/>
        <source>Go back</source>
        <translation>돌아가기</translation>
    </message>
</context>
<context>
    <name>EnquiryEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="187"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="189"/>
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="193"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="194"/>
        <source>Company (not yet an investor)</source>
        <translation>회사(아직 투자가 아님)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="195"/>
        <source>Who asked</source>
        <translation>문의자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="196"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="197"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="199"/>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="202"/>
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="204"/>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="205"/>
        <source>The enquiry</source>
        <translation>문의 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="206"/>
        <source>Our answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="232"/>
        <source>Choose investor…</source>
        <translation>투자가 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="237"/>
        <source>Investor who asked</source>
        <translation>문의한 투자가</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../ui/fez.py" line="48"/>
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="49"/>
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="53"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="56"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="65"/>
        <source>FEZs taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="68"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="71"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="72"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="75"/>
        <source>Leads generated</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="76"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FdiTableDialog</name>
    <message>
        <location filename="../../ui/fdi_table.py" line="61"/>
        <source>Quarterly FDI table {0} (counted as the ministry counts)</source>
        <translation>{0}년 분기별 외국인투자 실적 (산업통상부 집계 방식)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="65"/>
        <source>Whole year, by quarter</source>
        <translation>연간 (분기별)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="67"/>
        <source>Quarter {0}</source>
        <translation>{0}분기</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="69"/>
        <source>Direct investor&apos;s (official statistics)</source>
        <translation>직접투자자 국적 (공식 통계)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="70"/>
        <source>Ultimate parent&apos;s</source>
        <translation>최종모기업 국적</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="71"/>
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="74"/>
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="76"/>
        <source>Country by:</source>
        <translation>국가 기준:</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="89"/>
        <source>Quarterly FDI table</source>
        <translation>분기별 외국인투자 실적표</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="92"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="92"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="92"/>
        <source>Notified (신고) USD</source>
        <translation>신고 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="92"/>
        <source>Arrived (도착) USD</source>
        <translation>도착 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="97"/>
        <source>Projects behind the figure</source>
        <translation>수치를 이루는 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="98"/>
        <location filename="../../ui/fdi_table.py" line="185"/>
        <location filename="../../ui/fdi_table.py" line="227"/>
        <source>Click a figure to see the projects behind it.</source>
        <translation>수치를 누르면 해당 프로젝트가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="123"/>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="152"/>
        <source>Breakdown</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="153"/>
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="153"/>
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="155"/>
        <source>Q{0}</source>
        <translation>{0}분기</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="155"/>
        <location filename="../../ui/fdi_table.py" line="170"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="195"/>
        <source>Country by: {0}. Amounts in USD, each tranche at its date&apos;s rate.</source>
        <translation>국가 기준: {0}. 금액은 USD이며 각 금액은 해당 일자의 환율로 환산했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="201"/>
        <source>Rates used (units per USD): {0}</source>
        <translation>적용 환율 (1달러당): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="203"/>
        <source>No exchange rate was needed.</source>
        <translation>환율을 적용한 금액이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="206"/>
        <source>Not counted, no rate on or before the date: {0}</source>
        <translation>해당 일자 이전 환율이 없어 합계에서 제외: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="230"/>
        <source>{0} · {1}: {2} project(s)</source>
        <translation>{0} · {1}: 프로젝트 {2}건</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="250"/>
        <source>Save the FDI table</source>
        <translation>외국인투자 실적표 저장</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="250"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="261"/>
        <source>Could not save: {0}</source>
        <translation>저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="263"/>
        <source>Saved: {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>FezEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="594"/>
        <source>Free Economic Zones taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="603"/>
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
</context>
<context>
    <name>FezPage</name>
    <message>
        <location filename="../../ui/fez.py" line="133"/>
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="133"/>
        <source>Provinces</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="133"/>
        <source>Since</source>
        <translation>지정 연도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="133"/>
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="140"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="141"/>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="142"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="143"/>
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="144"/>
        <source>FEZs</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="145"/>
        <source>Regions</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="146"/>
        <source>Leads</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="161"/>
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="162"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="163"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="164"/>
        <source>Show &amp;all events</source>
        <translation>모든 행사 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="179"/>
        <source>Joint FEZ promotion events</source>
        <translation>경제자유구역 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="213"/>
        <source>Joint promotion events of %1</source>
        <translation>%1 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="215"/>
        <source>All joint promotion events</source>
        <translation>전체 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="265"/>
        <source>New promotion event</source>
        <translation>새 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="274"/>
        <source>Edit promotion event</source>
        <translation>홍보 행사 편집</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="280"/>
        <source>Delete promotion event</source>
        <translation>홍보 행사 삭제</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="148"/>
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149"/>
        <source>An Excel workbook (.xlsx) or a CSV file; title rows above the header are skipped.</source>
        <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일. 머리글 위의 제목 행은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="156"/>
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="158"/>
        <source>Meetings and calls</source>
        <translation>면담 및 통화</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="159"/>
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="160"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="161"/>
        <source>A delegation&apos;s itinerary</source>
        <translation>투자유치단 일정</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="162"/>
        <source>A delegation&apos;s members</source>
        <translation>투자유치단 단원</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="163"/>
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="164"/>
        <source>Incentive applications</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="165"/>
        <source>Enquiries</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="182"/>
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>Records</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="198"/>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>Encoding (CSV)</source>
        <translation>인코딩(CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>None: investors only</source>
        <translation>없음: 투자가만</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="231"/>
        <source>Choose the delegation…</source>
        <translation>투자유치단을 고르세요…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="240"/>
        <source>Import file</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="271"/>
        <source>Header found in row %1: %2 columns, about %3 rows below it.</source>
        <translation>%1행에서 머리글을 찾음: 열 %2개, 그 아래 약 %3개 행.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/forms.py" line="88"/>
        <source>Type or paste a date: 2026. 3. 4., 2026-03-04, 26.3.4</source>
        <translation>날짜를 입력하거나 붙여 넣으세요: 2026. 3. 4., 2026-03-04, 26.3.4</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../ui/forms.py" line="210"/>
        <source>Type or paste a date and time: 2026. 3. 4. 14:00, 2026-03-04 2:00 PM</source>
        <translation>날짜와 시각을 입력하거나 붙여 넣으세요: 2026. 3. 4. 14:00, 2026-03-04 오후 2:00</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/forms.py" line="82"/>
        <source>Clear the date</source>
        <translation>날짜 지우기</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="94"/>
        <source>* required</source>
        <translation>* 필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="248"/>
        <source>Discard your changes?</source>
        <translation>변경 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="254"/>
        <source>What you typed in this editor has not been saved.</source>
        <translation>이 편집 창에 입력한 내용은 아직 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search_box.py" line="132"/>
        <source>Search investors, contacts, delegations, projects, notes (Ctrl+K); one letter searches names</source>
        <translation>투자가, 담당자, 유치단, 프로젝트, 메모 검색 (Ctrl+K) · 한 글자는 이름에서만 찾습니다</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="238"/>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="258"/>
        <source>Nothing found for “%1”</source>
        <translation>“%1”에 대한 검색 결과가 없습니다</translation>
    </message>
</context>
<context>
    <name>HeaderNamesTab</name>
    <message>
        <location filename="../../ui/import_names.py" line="144"/>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="144"/>
        <source>Header</source>
        <translation>열 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="144"/>
        <source>Where from</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="147"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="148"/>
        <source>Contacts</source>
        <translation>담당자(연락처)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="149"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="150"/>
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="153"/>
        <source>A column header your files use, e.g. 회사 이름</source>
        <translation>내 파일에서 쓰는 열 이름 (예: 회사 이름)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="154"/>
        <source>Add header</source>
        <translation>열 이름 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="155"/>
        <source>Remove my header</source>
        <translation>내 열 이름 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="177"/>
        <source>built in</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="177"/>
        <source>mine</source>
        <translation>내 것</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="188"/>
        <source>Add header %1</source>
        <translation>열 이름 %1 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="203"/>
        <source>Remove header %1</source>
        <translation>열 이름 %1 삭제</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history.py" line="38"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>No changes recorded yet. Edits to this record will be listed here, newest first.</source>
        <translation>아직 기록된 변경 내역이 없습니다. 수정한 내용은 최신순으로 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="39"/>
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42"/>
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="43"/>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="44"/>
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="49"/>
        <source>&amp;Restore the value before this change</source>
        <translation>이 변경 이전 값으로 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>E&amp;xport history…</source>
        <translation>변경 이력 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="73"/>
        <source>This change cannot be put back (a new record, a delete or erased data).</source>
        <translation>이 변경은 되돌릴 수 없습니다 (새 기록, 삭제, 파기된 개인정보).</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="101"/>
        <source>%1 changes</source>
        <translation>변경 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="129"/>
        <source>1 change</source>
        <translation>변경 1건</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="111"/>
        <source>Choose a field change to restore.</source>
        <translation>복원할 필드 변경 내역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="114"/>
        <source>Put %1 back to “%2”?</source>
        <translation>%1을(를) “%2”(으)로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="115"/>
        <source>Restore a previous value</source>
        <translation>이전 값 복원</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="135"/>
        <source>Export history</source>
        <translation>변경 이력 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="142"/>
        <source>Writing the history…</source>
        <translation>변경 이력 저장 중…</translation>
    </message>
</context>
<context>
    <name>ImportNamesDialog</name>
    <message>
        <location filename="../../ui/import_names.py" line="290"/>
        <source>Names the import reads</source>
        <translation>가져오기가 읽는 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="295"/>
        <source>Column headers (mine)</source>
        <translation>열 이름 (내 것)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="296"/>
        <source>Industries, countries … (everyone&apos;s)</source>
        <translation>업종·국가 등 (공용)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="300"/>
        <source>A column whose header is listed here is matched to its field; a cell holding one of the other names is read as that row. Ctrl+Z undoes a change.</source>
        <translation>여기 있는 열 이름의 열은 해당 필드에 연결되고, 다른 이름이 적힌 셀은 그 항목으로 읽힙니다. Ctrl+Z로 변경을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="306"/>
        <location filename="../../ui/import_names.py" line="311"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="111"/>
        <source>Import from Excel or CSV</source>
        <translation>Excel 또는 CSV에서 가져오기</translation>
    </message>
</context>
<context>
    <name>IncentiveEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="277"/>
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="280"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="282"/>
        <source>Which one (e.g. 충청북도)</source>
        <translation>기관명(예: 충청북도)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="284"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="286"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="287"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="288"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="289"/>
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="290"/>
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="291"/>
        <source>Jobs to create</source>
        <translation>고용 조건(명)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="292"/>
        <source>Years to keep the investment</source>
        <translation>투자 유지 기간(년)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="293"/>
        <source>Conditions</source>
        <translation>지원 조건</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="294"/>
        <source>Clawback</source>
        <translation>환수</translation>
    </message>
</context>
<context>
    <name>InvestorActions</name>
    <message>
        <location filename="../../ui/investors.py" line="398"/>
        <source>New investor %1</source>
        <translation>새 투자가 %1</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="465"/>
        <source>Edit investor %1</source>
        <translation>투자가 %1 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="478"/>
        <source>Delete investor %1? You can undo this (Ctrl+Z).</source>
        <translation>투자가 %1을(를) 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="481"/>
        <source>Delete investor</source>
        <translation>투자가 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="488"/>
        <source>Delete investor %1</source>
        <translation>투자가 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="541"/>
        <source>Change owner of %1 investors</source>
        <translation>투자가 %1곳 담당자 변경</translation>
    </message>
</context>
<context>
    <name>InvestorEditor</name>
    <message>
        <location filename="../../ui/investors.py" line="226"/>
        <source>New investor</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="226"/>
        <source>Edit investor</source>
        <translation>투자가 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="229"/>
        <source>Company name</source>
        <translation>회사명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="230"/>
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="232"/>
        <source>Country (ultimate parent)</source>
        <translation>국적 (최종모기업)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="238"/>
        <source>Country (direct investor)</source>
        <translation>국적 (직접투자자)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="239"/>
        <source>Same as the parent&apos;s</source>
        <translation>최종모기업과 같음</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="242"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="248"/>
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="249"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="250"/>
        <source>Tags (comma separated)</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="251"/>
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="252"/>
        <source>a city of the country&apos;s list, or as written</source>
        <translation>국가별 도시 목록에서 고르거나 직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="253"/>
        <source>Already operates in Korea</source>
        <translation>한국에서 이미 사업 중</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="254"/>
        <source>Korean sites</source>
        <translation>국내 사업장</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="255"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>InvestorPicker</name>
    <message>
        <location filename="../../ui/pickers.py" line="25"/>
        <source>Part of the company name, in Korean or English</source>
        <translation>회사명 일부(국문 또는 영문)</translation>
    </message>
</context>
<context>
    <name>InvestorTableModel</name>
    <message>
        <location filename="../../ui/investors.py" line="99"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="100"/>
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="101"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="102"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="103"/>
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="104"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="106"/>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>InvestorWindow</name>
    <message>
        <location filename="../../ui/investor_page.py" line="114"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="115"/>
        <source>Export &amp;profile…</source>
        <translation>프로필 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118"/>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122"/>
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>담당자 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Merge two…</source>
        <translation>두 명 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>개인정보 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="139"/>
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>E&amp;rase on request…</source>
        <translation>요청에 따른 삭제(파기)(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="144"/>
        <location filename="../../ui/investor_page.py" line="174"/>
        <location filename="../../ui/investor_page.py" line="217"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="145"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="146"/>
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="147"/>
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="148"/>
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="149"/>
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>프로젝트 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="164"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="169"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="170"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="171"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="173"/>
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="172"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="175"/>
        <source>Officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <source>&amp;Log meeting or call…</source>
        <translation>면담·통화 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="189"/>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="191"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="191"/>
        <location filename="../../ui/investor_page.py" line="206"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="191"/>
        <source>Assignee</source>
        <translation>배정 직원</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="192"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="200"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="201"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="202"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="203"/>
        <location filename="../../ui/investor_page.py" line="220"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="204"/>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="205"/>
        <source>Age (days)</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="207"/>
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="208"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="218"/>
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="219"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="221"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="222"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="223"/>
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="224"/>
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="225"/>
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="226"/>
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <source>&amp;New grievance case…</source>
        <translation>새 고충 사례(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>사례 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>착수(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>해결(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="244"/>
        <source>Incentive applications of their projects</source>
        <translation>이 투자가 프로젝트의 인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="246"/>
        <source>Aftercare</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="250"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="280"/>
        <source>Country (ultimate parent)</source>
        <translation>국적 (최종모기업)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="281"/>
        <source>Country (direct investor)</source>
        <translation>국적 (직접투자자)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="282"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="283"/>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="284"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="285"/>
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="286"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="287"/>
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="288"/>
        <source>Operates in Korea</source>
        <translation>한국 내 사업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="288"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="288"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="289"/>
        <source>Korean sites</source>
        <translation>국내 사업장</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="290"/>
        <source>Notified FDI (신고)</source>
        <translation>신고 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="291"/>
        <source>Arrived FDI (도착)</source>
        <translation>도착 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="293"/>
        <source>Delegations meeting them</source>
        <translation>면담 예정 유치단</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="296"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="358"/>
        <source>Grievance received</source>
        <translation>고충 접수</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="359"/>
        <source>Grievance acknowledged</source>
        <translation>고충 처리 착수</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="362"/>
        <source>Grievance resolved</source>
        <translation>고충 해결</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="362"/>
        <source>Grievance withdrawn</source>
        <translation>고충 취하</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="411"/>
        <source>Add contact</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="423"/>
        <source>Edit contact</source>
        <translation>담당자 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="462"/>
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="462"/>
        <source>Select exactly two contacts to merge.</source>
        <translation>병합할 연락처를 정확히 두 명 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="472"/>
        <source>Delete contact</source>
        <translation>담당자 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="491"/>
        <source>Folder for the personal data export</source>
        <translation>개인정보 내보내기 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="498"/>
        <source>Exporting personal data…</source>
        <translation>개인정보 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="516"/>
        <source>Erase on request</source>
        <translation>요청에 따른 삭제(파기)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="518"/>
        <source>This blanks the person&apos;s data everywhere, also in the history, and cannot be undone.
Reason (e.g. the request&apos;s date and reference):</source>
        <translation>변경 이력을 포함한 모든 곳에서 이 사람의 개인정보를 지우며, 되돌릴 수 없습니다.
사유(예: 요청 일자 및 참조 번호):</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="581"/>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="615"/>
        <source>Export investor profile</source>
        <translation>투자가 프로필 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="632"/>
        <source>Writing the profile…</source>
        <translation>프로필 작성 중…</translation>
    </message>
</context>
<context>
    <name>InvestorsPage</name>
    <message>
        <location filename="../../ui/investors.py" line="607"/>
        <source>Filter by name, website, tag or note…</source>
        <translation>이름, 웹사이트, 태그, 메모로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="613"/>
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="614"/>
        <source>All provinces</source>
        <translation>모든 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="615"/>
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="616"/>
        <source>All countries</source>
        <translation>전체 국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="617"/>
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="627"/>
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="628"/>
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="649"/>
        <source>&amp;New investor</source>
        <translation>새 투자가(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="652"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="654"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="656"/>
        <source>Change &amp;owner…</source>
        <translation>담당자 변경(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="659"/>
        <source>&amp;Merge two…</source>
        <translation>두 곳 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="758"/>
        <source>Merge investors</source>
        <translation>투자가 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="758"/>
        <source>Select exactly two investors to merge.</source>
        <translation>병합할 투자가를 정확히 두 곳 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="783"/>
        <source>%1 investors</source>
        <translation>투자가 %1곳</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="796"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="428"/>
        <source>Where (a stop of the trip)</source>
        <translation>장소 (방문 도시)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="432"/>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="433"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="437"/>
        <source>Starts (local time)</source>
        <translation>시작(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="441"/>
        <source>Ends (local time)</source>
        <translation>종료(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="446"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="447"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="448"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="453"/>
        <source>Investor met</source>
        <translation>면담 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="454"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="498"/>
        <source>This is outside the trip&apos;s dates (%1 – %2).</source>
        <translation>출장 기간(%1 – %2) 밖의 일정입니다.</translation>
    </message>
</context>
<context>
    <name>LeaderEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="577"/>
        <source>Leader of the delegation</source>
        <translation>투자유치단 단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="579"/>
        <source>(nobody yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="582"/>
        <source>Leader</source>
        <translation>단장</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/start.py" line="112"/>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>kotra-invest — investment attraction CRM</source>
        <translation>kotra-invest — 투자유치 CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>FEZ promotion</source>
        <translation>경제자유구역 홍보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>Aftercare</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Shared server</source>
        <translation>공유 서버</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Signed in: %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>Excel 또는 CSV에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Import &amp;names…</source>
        <translation>가져오기 이름(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>&amp;Connect to server…</source>
        <translation>서버 연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Open mission pack…</source>
        <translation>출장 팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>&amp;Bring back mission…</source>
        <translation>출장 결과 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Merged mission &amp;packs…</source>
        <translation>병합한 출장 팩(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Return to office data</source>
        <translation>본부 데이터로 돌아가기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>&amp;Export list to Excel…</source>
        <translation>목록을 엑셀로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Print list…</source>
        <translation>목록 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Save list as P&amp;DF…</source>
        <translation>목록을 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Export &amp;search results to Excel…</source>
        <translation>검색 결과를 엑셀로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227"/>
        <source>E&amp;xchange rates…</source>
        <translation>환율(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="233"/>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="246"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>&amp;About kotra-invest</source>
        <translation>kotra-invest 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>This page has no list to export or print.</source>
        <translation>이 화면에는 내보내거나 인쇄할 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Type something in the search box first.</source>
        <translation>먼저 검색창에 검색어를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="313"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>Open mission pack</source>
        <translation>출장 팩 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>kotra-invest %1 — the investment attraction CRM of the regional push.</source>
        <translation>kotra-invest %1 — 지역 투자유치 확대를 위한 투자유치 CRM.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="295"/>
        <source>Match the columns</source>
        <translation>열 맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="297"/>
        <source>Each column was matched by its header; change any that is wrong. Fields marked * are required.</source>
        <translation>각 열은 머리글에 따라 맞춰졌습니다. 잘못된 항목은 변경하십시오. * 표시된 필드는 필수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>First value</source>
        <translation>첫 번째 값</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>Stored as</source>
        <translation>저장할 필드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="302"/>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="309"/>
        <source>Remember this matching for files with these headers</source>
        <translation>같은 머리글의 파일에 이 열 맞춤 기억</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="313"/>
        <source>A header you matched by hand is also kept as your own name for that field, for any file (see Names the import reads).</source>
        <translation>직접 연결한 열 이름은 모든 파일에서 그 필드의 내 열 이름으로도 저장됩니다 (가져오기가 읽는 이름 참고).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="317"/>
        <source>Names the import reads…</source>
        <translation>가져오기가 읽는 이름…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="346"/>
        <source>Chosen from the values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="355"/>
        <source>— ignore —</source>
        <translation>— 무시 —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="411"/>
        <source>Still to match: %1</source>
        <translation>맞춤 필요: %1</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meetings.py" line="257"/>
        <source>Log meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="277"/>
        <source>Edit meeting</source>
        <translation>면담 수정</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="282"/>
        <source>Delete meeting</source>
        <translation>면담 삭제</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings.py" line="163"/>
        <source>%1 (deleted)</source>
        <translation>%1 (삭제됨)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="165"/>
        <source>%1 (adviser)</source>
        <translation>%1 (자문역)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="167"/>
        <source>%1 (now at %2)</source>
        <translation>%1 (현재 %2 소속)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="39"/>
        <source>Log a meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="48"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="52"/>
        <source>When (local time of the place)</source>
        <translation>일시 (현지 시각)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="57"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="60"/>
        <source>In Korea</source>
        <translation>한국 시각</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="66"/>
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="71"/>
        <source>About project</source>
        <translation>관련 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="76"/>
        <source>During delegation</source>
        <translation>관련 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="77"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="78"/>
        <source>Their participants</source>
        <translation>상대측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="79"/>
        <source>e.g. CEO Anna Lindqvist, CFO Erik Sand</source>
        <translation>예: Anna Lindqvist 대표, Erik Sand CFO</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="80"/>
        <source>Our participants</source>
        <translation>우리측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="81"/>
        <source>e.g. Director Kim (KOTRA), Busan FEZ</source>
        <translation>예: 김 관장(KOTRA), 부산진해경제자유구역청</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="82"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="83"/>
        <source>Outcome / next step</source>
        <translation>결과 / 다음 단계</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="84"/>
        <source>Create a follow-up task</source>
        <translation>후속 할 일 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="96"/>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="97"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="98"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="99"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="130"/>
        <source>Korea — Asia/Seoul</source>
        <translation>한국 — Asia/Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="180"/>
        <source>Pick a time zone from the list</source>
        <translation>목록에서 시간대를 고르세요</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="529"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="530"/>
        <source>Name (English)</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="531"/>
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="532"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="533"/>
        <source>Head of the delegation</source>
        <translation>유치단 단장</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="360"/>
        <source>Bring back mission: %1</source>
        <translation>출장 결과 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="363"/>
        <source>This pack has been merged already; there is nothing new in it.</source>
        <translation>이미 병합한 출장 팩입니다. 새로 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="374"/>
        <source>This is an older copy of a pack whose later state has been merged already; there is nothing to merge and nothing will be changed.</source>
        <translation>이 출장 팩의 옛 사본입니다. 이 팩의 더 나중 상태를 이미 병합했으므로 병합할 것이 없고 아무것도 바뀌지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="366"/>
        <source>New records: %1 · changed fields: %2 · conflicts: %3</source>
        <translation>새 기록 %1건 · 변경된 항목 %2개 · 충돌 %3건</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="373"/>
        <source>Refused: %1 · already home: %2 · erased, not restored: %3 · possible duplicates: %4</source>
        <translation>거부: %1 · 이미 반영됨: %2 · 삭제 요청으로 복원 안 함: %3 · 중복 의심: %4</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="390"/>
        <location filename="../../ui/mission.py" line="393"/>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="397"/>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="401"/>
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="402"/>
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="403"/>
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="405"/>
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="423"/>
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="426"/>
        <source>All: keep home</source>
        <translation>모두 본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="427"/>
        <source>All: keep pack</source>
        <translation>모두 출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="463"/>
        <source>%1 conflicts still need an answer.</source>
        <translation>아직 선택하지 않은 충돌이 %1건 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="153"/>
        <location filename="../../ui/merge.py" line="246"/>
        <source>Merge investors</source>
        <translation>투자가 병합</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="153"/>
        <location filename="../../ui/merge.py" line="248"/>
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="158"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="159"/>
        <source>Stays: %1</source>
        <translation>남길 기록: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="161"/>
        <source>Merged into it: %1</source>
        <translation>병합될 기록: %1</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="183"/>
        <source>Everything that points at the second record (contacts, projects, meetings, documents, tasks, itinerary, meeting targets) moves to the first. You can undo this (Ctrl+Z).</source>
        <translation>두 번째 기록에 연결된 모든 것(연락처, 프로젝트, 면담, 문서, 할 일, 일정, 면담 대상)이 첫 번째 기록으로 옮겨집니다. 되돌릴 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="189"/>
        <source>Swap which one stays</source>
        <translation>남길 기록 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/merge.py" line="193"/>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
</context>
<context>
    <name>MergeReportsDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="476"/>
        <source>Merged mission packs</source>
        <translation>병합한 출장 팩</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="482"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="482"/>
        <source>By</source>
        <translation>병합한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="482"/>
        <source>Delegation</source>
        <translation>유치단</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="482"/>
        <source>Pack</source>
        <translation>팩 파일</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="482"/>
        <source>In short</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="489"/>
        <source>%1 new, %2 changed, %3 conflicts, %4 refused, %5 already home</source>
        <translation>추가 %1, 변경 %2, 충돌 %3, 거부 %4, 이미 반영됨 %5</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="338"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="339"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="340"/>
        <source>Review ended</source>
        <translation>심사 종료일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="341"/>
        <source>Document (e.g. 신고필증 no.)</source>
        <translation>서류(예: 신고필증 번호)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="342"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <location filename="../../ui/mission.py" line="118"/>
        <source>Take on mission</source>
        <translation>출장 팩 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="153"/>
        <source>The mission pack is ready: %1
Open it on the laptop with File &gt; Open mission pack.</source>
        <translation>출장 팩을 만들었습니다: %1
노트북에서 파일 &gt; 출장 팩 열기로 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="160"/>
        <source>Writing the mission pack…</source>
        <translation>출장 팩을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="175"/>
        <source>Passphrase (leave blank if the pack has none):</source>
        <translation>암호 (암호가 없는 팩이면 비워 두세요):</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="217"/>
        <location filename="../../ui/mission.py" line="283"/>
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="218"/>
        <location filename="../../ui/mission.py" line="284"/>
        <source>Already home</source>
        <translation>이미 반영됨</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="219"/>
        <location filename="../../ui/mission.py" line="285"/>
        <source>Erased, not restored</source>
        <translation>삭제 요청 — 복원 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="235"/>
        <location filename="../../ui/mission.py" line="302"/>
        <source>Same record twice?</source>
        <translation>같은 기록 중복?</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="245"/>
        <location filename="../../ui/mission.py" line="311"/>
        <source>New</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="250"/>
        <location filename="../../ui/mission.py" line="315"/>
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="266"/>
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="267"/>
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="268"/>
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="273"/>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="336"/>
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="337"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="338"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="339"/>
        <source>At home</source>
        <translation>본부 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="340"/>
        <source>In the pack</source>
        <translation>출장 팩의 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="341"/>
        <source>Keep</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="342"/>
        <source>Edited value / why</source>
        <translation>직접 입력한 값 / 사유</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="551"/>
        <source>Bring back mission</source>
        <translation>출장 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="580"/>
        <source>Merged: %1 new records, %2 changed fields; conflicts kept from home %3, from the pack %4, edited %5. The report stays under File &gt; Merged mission packs.</source>
        <translation>병합했습니다: 새 기록 %1건, 변경 항목 %2개. 충돌 중 본부 값 유지 %3건, 팩 값 사용 %4건, 직접 입력 %5건. 보고서는 파일 &gt; 병합한 출장 팩에서 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="596"/>
        <source>Merging the mission…</source>
        <translation>출장 결과를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="604"/>
        <source>Reading the mission pack…</source>
        <translation>출장 팩을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="247"/>
        <source>Move to stage</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="247"/>
        <source>Move %1 to stage</source>
        <translation>%1 단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="260"/>
        <source>Required when the project is lost</source>
        <translation>프로젝트 무산 시 필수</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="263"/>
        <source>e.g. 12,500,000</source>
        <translation>예: 12,500,000</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="271"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="272"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="273"/>
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="274"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="275"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="276"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="293"/>
        <source>Notified amount (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="293"/>
        <source>Arrived amount (도착)</source>
        <translation>도착 금액</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="561"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="562"/>
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="563"/>
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../ui/investors.py" line="507"/>
        <source>Change owner</source>
        <translation>담당자 변경</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="510"/>
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="518"/>
        <source>New owner of %1 investors:</source>
        <translation>투자가 %1곳의 새 담당자:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="52"/>
        <source>Protect the mission pack</source>
        <translation>출장 팩 보호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="58"/>
        <source>Include the records&apos; documents (%1 file(s), %2 MB)</source>
        <translation>기록의 문서 포함 (파일 %1개, %2 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="74"/>
        <source>A laptop abroad can be lost. With a passphrase the pack is encrypted; leave it blank for none.</source>
        <translation>출장 중 노트북을 잃어버릴 수 있습니다. 암호를 정하면 출장 팩이 암호화됩니다. 암호 없이 만들려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="79"/>
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="80"/>
        <source>Again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <location filename="../../ui/preflight.py" line="19"/>
        <source>Pre-flight check</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="26"/>
        <source>To look at before the pack goes out: %1</source>
        <translation>내보내기 전에 확인할 내용: %1건</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="28"/>
        <source>Nothing to fix; for your information:</source>
        <translation>고칠 내용은 없습니다. 참고 사항:</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="40"/>
        <source>&amp;Export anyway</source>
        <translation>그대로 내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="72"/>
        <source>Show each text (%1)</source>
        <translation>하나하나 모두 보기 (%1건)</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="74"/>
        <source>List every text a line stands for under it</source>
        <translation>한 줄로 묶은 텍스트를 그 줄 아래에 모두 나열합니다</translation>
    </message>
    <message>
        <location filename="../../ui/preflight.py" line="99"/>
        <source>For your information: %1</source>
        <translation>참고 사항: %1건</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="447"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="449"/>
        <source>The first rows as they will be stored. Red rows have a problem and will be left out.</source>
        <translation>저장될 형태의 처음 몇 행입니다. 빨간색 행은 문제가 있어 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="475"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="475"/>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="485"/>
        <source>duplicate of %1</source>
        <translation>%1과(와) 중복</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/projects.py" line="428"/>
        <source>Investor of the new project</source>
        <translation>새 프로젝트의 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="436"/>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="448"/>
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="501"/>
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2 단계로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="509"/>
        <source>Delete project %1</source>
        <translation>프로젝트 %1 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../ui/projects.py" line="324"/>
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="324"/>
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="327"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="328"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="332"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="335"/>
        <source>New (신규)</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="337"/>
        <source>Additional by an investor already in Korea (증액)</source>
        <translation>증액 (국내 진출 기업의 추가 투자)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="339"/>
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="342"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="344"/>
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="346"/>
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="348"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="349"/>
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="350"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="354"/>
        <source>Expected jobs</source>
        <translation>예상 고용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="358"/>
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="359"/>
        <source>Confidential (only my team sees it)</source>
        <translation>대외비(우리 팀만 열람)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="360"/>
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../ui/projects.py" line="83"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="84"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="85"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="86"/>
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="87"/>
        <source>Province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="88"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="89"/>
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="91"/>
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="90"/>
        <source>Latest notified</source>
        <translation>최근 신고일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="93"/>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="92"/>
        <source>Latest arrived</source>
        <translation>최근 도착일</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <location filename="../../ui/project_page.py" line="84"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="85"/>
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86"/>
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="89"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93"/>
        <location filename="../../ui/project_page.py" line="123"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93"/>
        <location filename="../../ui/project_page.py" line="198"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93"/>
        <location filename="../../ui/project_page.py" line="170"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93"/>
        <location filename="../../ui/project_page.py" line="202"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>&amp;Add amount…</source>
        <translation>금액 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="111"/>
        <source>Notified / arrived</source>
        <translation>신고/도착</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>From</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>To</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="115"/>
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="118"/>
        <source>Stages</source>
        <translation>단계 이력</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="122"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="124"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="125"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="126"/>
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="127"/>
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <source>&amp;Log meeting…</source>
        <translation>면담 기록(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="142"/>
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145"/>
        <location filename="../../ui/project_page.py" line="169"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <source>Done / &amp;reopen</source>
        <translation>완료 / 다시 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="158"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="167"/>
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="168"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="171"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="172"/>
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="173"/>
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="174"/>
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="175"/>
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>새 신청(&amp;N)…</translation>
    </message>
    <message>
        <source>Next &amp;step (approved, paid)</source>
        <translation>다음 단계(승인, 지급)(&amp;S)</translation>
    </message>
    <message>
        <source>Do&amp;cuments…</source>
        <translation>문서(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="192"/>
        <source>Incentives</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="197"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="199"/>
        <source>Review ended</source>
        <translation>심사 종료일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="200"/>
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="201"/>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>&amp;Add milestone…</source>
        <translation>단계 추가(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="218"/>
        <source>Procedure</source>
        <translation>투자 절차</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="225"/>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="249"/>
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="251"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="252"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="253"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="254"/>
        <source>Lost because</source>
        <translation>무산 사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="255"/>
        <source>Target province</source>
        <translation>대상 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="256"/>
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="257"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="259"/>
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="262"/>
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="263"/>
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="264"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="266"/>
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="267"/>
        <source>yes — code name %1</source>
        <translation>예 — 코드명 %1</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="267"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="373"/>
        <source>+ %1 (not converted)</source>
        <translation>+ %1 (환산 전)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="399"/>
        <source>Add FDI amount</source>
        <translation>투자 금액 추가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="411"/>
        <source>Edit FDI amount</source>
        <translation>투자 금액 수정</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="417"/>
        <source>Delete FDI amount</source>
        <translation>투자 금액 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/projects.py" line="693"/>
        <source>Filter by title, code name or investor…</source>
        <translation>제목, 코드명, 투자가로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="696"/>
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="699"/>
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="702"/>
        <source>All provinces</source>
        <translation>모든 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="706"/>
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="708"/>
        <source>All FEZs</source>
        <translation>전체 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="710"/>
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="711"/>
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="714"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="715"/>
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="745"/>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="746"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="747"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="748"/>
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="749"/>
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="750"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="869"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="22"/>
        <source>&amp;Look in:</source>
        <translation>찾는 위치(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>파일 형식(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/rates.py" line="54"/>
        <location filename="../../ui/rates.py" line="70"/>
        <source>Exchange rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="58"/>
        <source>1 USD = N units of the currency, from the date on. A non-USD amount converts at the most recent rate on or before its date; one with no such rate is left out of the totals and listed.</source>
        <translation>1달러당 해당 통화 금액이며, 기준일부터 적용됩니다. USD가 아닌 금액은 그 일자 이전의 가장 최근 환율로 환산하고, 환율이 없는 금액은 합계에서 빼고 따로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="68"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="68"/>
        <source>From</source>
        <translation>적용일</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="68"/>
        <source>Units per USD</source>
        <translation>1달러당</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="68"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="75"/>
        <source>e.g. KRW</source>
        <translation>예: KRW</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="82"/>
        <source>e.g. 1,385.50</source>
        <translation>예: 1,385.50</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="84"/>
        <source>Source (optional)</source>
        <translation>출처 (선택)</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="85"/>
        <source>Save rate</source>
        <translation>환율 저장</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="87"/>
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="88"/>
        <source>From:</source>
        <translation>적용일:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="89"/>
        <source>Units per USD:</source>
        <translation>1달러당:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="98"/>
        <source>Delete selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="99"/>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="105"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="178"/>
        <source>Save exchange rate</source>
        <translation>환율 저장</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="181"/>
        <source>Saved: {0} from {1}, 1 USD = {2} (Ctrl+Z takes it back)</source>
        <translation>저장했습니다: {0} {1}부터 1 USD = {2} (Ctrl+Z로 되돌립니다)</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="191"/>
        <source>Delete exchange rate</source>
        <translation>환율 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="192"/>
        <source>Deleted (Ctrl+Z brings it back).</source>
        <translation>삭제했습니다 (Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="214"/>
        <source>Imported {0} rates (Ctrl+Z takes them back).</source>
        <translation>환율 {0}건을 가져왔습니다 (Ctrl+Z로 되돌립니다).</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="188"/>
        <source>Select a rate to delete.</source>
        <translation>삭제할 환율을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="197"/>
        <location filename="../../ui/rates.py" line="211"/>
        <source>Import exchange rates</source>
        <translation>환율 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="197"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/access_reason.py" line="40"/>
        <source>Reason for the access log</source>
        <translation>개인정보 접속기록 사유</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="44"/>
        <source>You are about to %1. It carries personal data, so the access log keeps why. This reason is kept for the rest of this session.</source>
        <translation>%1 합니다. 개인정보가 담겨 있어 접속기록에 사유를 남깁니다. 이 사유는 이번 세션 동안 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="53"/>
        <source>e.g. meeting with the CFO on 3 December</source>
        <translation>예: 12월 3일 CFO 면담 준비</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../ui/recommendations.py" line="148"/>
        <source>Ranking the investors…</source>
        <translation>투자가 순위를 매기는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="79"/>
        <location filename="../../ui/recommendations.py" line="107"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="79"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="79"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="79"/>
        <location filename="../../ui/recommendations.py" line="107"/>
        <source>Why</source>
        <translation>추천 이유</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="91"/>
        <source>&amp;Add to investors to meet</source>
        <translation>면담 대상에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="92"/>
        <source>&amp;Dismiss for this trip</source>
        <translation>이번 유치단에서 제외(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="93"/>
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="94"/>
        <source>&amp;Weights…</source>
        <translation>가중치(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="101"/>
        <source>Day-plan hint for the investors to meet: a draft. Change the day or city, then put the rows you choose on the itinerary (nothing is written before).</source>
        <translation>면담 대상 일정 제안(초안): 날짜나 도시를 고친 뒤 고른 행을 일정에 넣으세요(그 전에는 아무것도 저장되지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="107"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="107"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="117"/>
        <source>&amp;Suggest again</source>
        <translation>다시 제안(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="118"/>
        <source>&amp;Put selected on the itinerary</source>
        <translation>선택한 행을 일정에 넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="151"/>
        <source>Investors to consider for this trip, best first, with the reasons. Weights: %1</source>
        <translation>이번 유치단이 만나 볼 투자가(추천순)와 추천 이유. 가중치: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="192"/>
        <source>Dismiss %1</source>
        <translation>%1 추천 제외</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="218"/>
        <source>Change the recommendation weights</source>
        <translation>추천 가중치 변경</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="313"/>
        <source>Put meetings on the itinerary</source>
        <translation>면담을 일정에 넣기</translation>
    </message>
</context>
<context>
    <name>RecordDocumentsDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="543"/>
        <source>Documents — %1</source>
        <translation>문서 — %1</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../ui/record_window.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/record_window.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/record_window.py" line="101"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>ReferenceNamesTab</name>
    <message>
        <location filename="../../ui/import_names.py" line="213"/>
        <source>Row</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="213"/>
        <source>Other name</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="213"/>
        <source>Where from</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="216"/>
        <source>Industries</source>
        <translation>업종</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="217"/>
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="218"/>
        <source>Provinces</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="219"/>
        <source>Free economic zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="220"/>
        <source>Pipeline stages</source>
        <translation>진행 단계</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="223"/>
        <source>A name officers write, e.g. 의료기기</source>
        <translation>담당자들이 쓰는 이름 (예: 의료기기)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="224"/>
        <source>Add name</source>
        <translation>이름 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="225"/>
        <source>Remove name</source>
        <translation>이름 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="253"/>
        <source>built in</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="253"/>
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="264"/>
        <source>Add name %1</source>
        <translation>이름 %1 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="279"/>
        <source>Remove name %1</source>
        <translation>이름 %1 삭제</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <location filename="../../ui/save_as.py" line="40"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 파일이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start.py" line="123"/>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/aftercare.py" line="363"/>
        <source>Response-time targets</source>
        <translation>응답 목표 기한</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="368"/>
        <source>Acknowledge a grievance within (days)</source>
        <translation>고충 착수 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="369"/>
        <source>Resolve a grievance within (days)</source>
        <translation>고충 해결 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="370"/>
        <source>Acknowledge an enquiry within (days)</source>
        <translation>문의 착수 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="371"/>
        <source>Answer an enquiry within (days)</source>
        <translation>문의 답변 기한(일)</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../ui/tasks.py" line="81"/>
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="88"/>
        <source>Edit task</source>
        <translation>할 일 수정</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="95"/>
        <source>Complete %1</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="96"/>
        <source>Reopen %1</source>
        <translation>%1 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="97"/>
        <source>Cancel %1</source>
        <translation>%1 취소</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="114"/>
        <source>Delete task %1</source>
        <translation>할 일 %1 삭제</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../ui/tasks.py" line="41"/>
        <source>What is to be done</source>
        <translation>할 일 내용</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="45"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="49"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="50"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/tasks.py" line="131"/>
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="131"/>
        <source>My office</source>
        <translation>우리 부서</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="131"/>
        <source>Everyone</source>
        <translation>전체 직원</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="134"/>
        <source>Overdue only</source>
        <translation>기한 지난 항목만</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="135"/>
        <source>Show completed and cancelled</source>
        <translation>완료·취소된 할 일도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="147"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="148"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="149"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="151"/>
        <source>About</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="150"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="152"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="170"/>
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="171"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="172"/>
        <source>&amp;Done / reopen (Space)</source>
        <translation>완료 / 다시 열기(&amp;D) (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="173"/>
        <source>&amp;Cancel task</source>
        <translation>할 일 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="174"/>
        <source>Open what it is &amp;about</source>
        <translation>관련 대상 열기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="175"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="226"/>
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="228"/>
        <source>%1 tasks, %2 overdue</source>
        <translation>할 일 %1건, 기한 지남 %2건</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="246"/>
        <source>No open tasks are assigned to you (%1). New tasks, and follow-ups of meetings, are assigned to whoever you choose.</source>
        <translation>%1 님에게 배정된 진행 중인 할 일이 없습니다. 새 할 일과 면담의 후속 조치는 지정한 담당자에게 배정됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="250"/>
        <source>No open tasks here.</source>
        <translation>진행 중인 할 일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="253"/>
        <source>Show everyone&apos;s tasks</source>
        <translation>전체 직원의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="253"/>
        <source>Show my office&apos;s tasks</source>
        <translation>우리 부서의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="261"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>TrancheEditor</name>
    <message>
        <location filename="../../ui/project_page.py" line="32"/>
        <source>FDI amount</source>
        <translation>투자 금액 (신고/도착)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="36"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="37"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="38"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="43"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="44"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/recommend_weights.py" line="29"/>
        <source>Recommendation weights</source>
        <translation>추천 가중치</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="32"/>
        <source>How much each signal counts when investors are ranked for a delegation, for the whole office. A number from -10 to 10; 0 leaves the signal out.</source>
        <translation>유치단에 투자가를 추천할 때 각 신호가 얼마나 반영되는지 정합니다(사무소 전체에 적용). -10부터 10 사이의 숫자이며, 0이면 그 신호를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="40"/>
        <source>The delegation&apos;s target industry (1), or a lead province&apos;s strategic industry (0.5).</source>
        <translation>유치단 목표 산업(1) 또는 주관 시·도의 전략산업(0.5).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="41"/>
        <source>HQ in a destination city (1), or in a destination&apos;s country (0.4).</source>
        <translation>본사가 방문 도시에 있음(1) 또는 방문국에 있음(0.4).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="42"/>
        <source>A project at an open stage (further along, more); FDI in the past year.</source>
        <translation>진행 중인 단계의 프로젝트(단계가 높을수록 큼), 최근 1년 내 투자금 신고·도착.</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="43"/>
        <source>Never met (0.6), or not met for six months and more (up to 1 at a year).</source>
        <translation>접촉 기록 없음(0.6) 또는 6개월 이상 면담하지 않음(1년이면 1).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="44"/>
        <source>A site in a lead province (1), or operating in Korea (0.4).</source>
        <translation>주관 시·도에 사업장 있음(1) 또는 국내 진출(0.4).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="45"/>
        <source>An open grievance case: negative ranks the investor down (it is always shown).</source>
        <translation>미해결 고충 사례: 음수이면 순위를 낮춥니다(숨기지 않고 항상 표시).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="59"/>
        <source>Reset to defaults</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="66"/>
        <source>Only an administrator can change the weights.</source>
        <translation>관리자만 가중치를 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../help_language.py" line="43"/>
        <source>usage: </source>
        <translation>사용법: </translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="44"/>
        <source>positional arguments</source>
        <translation>위치 인수</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="45"/>
        <source>options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="46"/>
        <source>show this help message and exit</source>
        <translation>이 도움말을 보이고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="47"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: 오류: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="48"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>%(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="49"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>%(value)r은(는) 고를 수 없는 값입니다 (고를 수 있는 값: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="198"/>
        <source>{option}: &apos;{value}&apos; is not one of {choices}.</source>
        <translation>{option}: &apos;{value}&apos; 대신 다음 중 하나를 적어 주십시오: {choices}.</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="203"/>
        <source>{option}: &apos;{value}&apos; is not a whole number.</source>
        <translation>{option}: &apos;{value}&apos; 대신 정수를 적어 주십시오.</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="204"/>
        <source>{option}: &apos;{value}&apos; is not a number.</source>
        <translation>{option}: &apos;{value}&apos; 대신 숫자를 적어 주십시오.</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="50"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>%(value)r은(는) 올바른 %(type)s 값이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="51"/>
        <source>the following arguments are required: %s</source>
        <translation>다음 인수가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="52"/>
        <source>one of the arguments %s is required</source>
        <translation>다음 인수 중 하나가 필요합니다: %s</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="53"/>
        <source>not allowed with argument %s</source>
        <translation>%s 인수와 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="54"/>
        <source>unrecognized arguments: %s</source>
        <translation>알 수 없는 인수입니다: %s</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="55"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>%(option)s은(는) 여러 옵션에 해당할 수 있습니다: %(matches)s</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="56"/>
        <source>expected one argument</source>
        <translation>값이 하나 필요합니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="57"/>
        <source>expected at most one argument</source>
        <translation>값은 하나까지만 받습니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="58"/>
        <source>expected at least one argument</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
    <message>
        <location filename="../../help_language.py" line="59"/>
        <source>ignored explicit argument %r</source>
        <translation>값을 받지 않는 옵션입니다: %r</translation>
    </message>
</context>
<context>
    <name>briefing.assemble</name>
    <message>
        <location filename="../../briefing/assemble.py" line="525"/>
        <source>Not yet decided</source>
        <translation>미정</translation>
    </message>
    <message>
        <location filename="../../briefing/assemble.py" line="750"/>
        <source>{parent} (direct investor: {direct})</source>
        <translation>{parent} (직접투자: {direct})</translation>
    </message>
    <message>
        <location filename="../../briefing/assemble.py" line="758"/>
        <source>additional</source>
        <translation>증액</translation>
    </message>
</context>
<context>
    <name>briefing.fdi_xlsx</name>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="26"/>
        <source>Foreign direct investment {year}: notified and arrived (USD)</source>
        <translation>{year}년 외국인직접투자 신고·도착 실적 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="27"/>
        <source>Country by: {basis}</source>
        <translation>국가 기준: {basis}</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="28"/>
        <source>Counted as {ministry} counts (greenfield/M&amp;A, new/additional)</source>
        <translation>기준: {ministry} 집계 방식 (그린필드·M&amp;A, 신규·증액)</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="29"/>
        <source>Notified</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="30"/>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="31"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="32"/>
        <source>Q{q}</source>
        <translation>{q}분기</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="33"/>
        <source>Rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="34"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="35"/>
        <source>Rate date</source>
        <translation>환율 기준일</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="36"/>
        <source>Units per USD</source>
        <translation>1달러당</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="37"/>
        <source>Left out: no rate on or before the date</source>
        <translation>환율이 없어 합계에서 빠진 금액</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="38"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="39"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../briefing/fdi_xlsx.py" line="40"/>
        <source>No rates used (all amounts in USD)</source>
        <translation>환율 적용 없음 (모두 USD)</translation>
    </message>
</context>
<context>
    <name>briefing.labels</name>
    <message>
        <location filename="../../briefing/labels.py" line="10"/>
        <source>Delegation briefing pack</source>
        <translation>투자유치단 브리핑 자료</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="11"/>
        <source>Investor profile</source>
        <translation>투자가 프로필</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="12"/>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="13"/>
        <source>Cover</source>
        <translation>표지</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="14"/>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="15"/>
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="16"/>
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="17"/>
        <source>Results</source>
        <translation>성과</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="18"/>
        <source>Key figures</source>
        <translation>주요 지표</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="19"/>
        <source>Map: lead province and proposed sites</source>
        <translation>지도: 주관 시·도와 투자 예정지</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="20"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="21"/>
        <source>Proposed sites (target provinces of the investors&apos; projects)</source>
        <translation>투자 예정지 (면담 대상 투자가의 프로젝트 목표 시·도)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="22"/>
        <source>Page</source>
        <translation>쪽</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="23"/>
        <source>Generated</source>
        <translation>작성</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="24"/>
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="25"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="26"/>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="27"/>
        <source>No</source>
        <translation>아니오</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="28"/>
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="29"/>
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="30"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="31"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="32"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="33"/>
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="34"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="35"/>
        <source>Lead provinces</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="36"/>
        <source>Participating provinces</source>
        <translation>참여 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="37"/>
        <source>Participating FEZs</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="38"/>
        <source>Participating organisations</source>
        <translation>참여 기관·지자체</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="39"/>
        <source>Members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="40"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="41"/>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="42"/>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="43"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="44"/>
        <source>Local time</source>
        <translation>현지 시각</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="45"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="46"/>
        <source>Korea time</source>
        <translation>한국 시각</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="47"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="48"/>
        <source>Title</source>
        <comment>title</comment>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="49"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="50"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="51"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="52"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="53"/>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="54"/>
        <source>HQ country</source>
        <translation>본사 국가</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="55"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="56"/>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="57"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="58"/>
        <source>Account officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="59"/>
        <source>Already in Korea</source>
        <translation>국내 진출</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="60"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="61"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="62"/>
        <source>Title</source>
        <comment>job_title</comment>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="63"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="64"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="65"/>
        <source>History of interactions</source>
        <translation>접촉 이력</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="66"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="67"/>
        <source>Officer</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="68"/>
        <source>Counterpart</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="69"/>
        <source>{name} (now at {investor})</source>
        <translation>{name} (현재 {investor} 소속)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="70"/>
        <source>{name} (adviser)</source>
        <translation>{name} (자문역)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="69"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="70"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="71"/>
        <source>Open projects</source>
        <translation>진행 프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="72"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="73"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="74"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="75"/>
        <source>Since</source>
        <translation>단계 일자</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="76"/>
        <source>Target province</source>
        <translation>대상 지역</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="77"/>
        <source>FEZ</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="78"/>
        <source>Expected capex</source>
        <translation>투자 예정액</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="79"/>
        <source>Expected jobs</source>
        <translation>고용 예정</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="80"/>
        <source>Probability</source>
        <translation>가능성</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="81"/>
        <source>Notified</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="82"/>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="83"/>
        <source>Notified (USD)</source>
        <translation>신고액 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="84"/>
        <source>Arrived (USD)</source>
        <translation>도착액 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="85"/>
        <source>What the region and FEZ offer</source>
        <translation>지역·경제자유구역 제안</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="86"/>
        <source>Region</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="87"/>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="88"/>
        <source>Strategic industries</source>
        <translation>전략 산업</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="89"/>
        <source>Talking points</source>
        <translation>면담 목표·논의 사항</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="90"/>
        <source>Meeting status</source>
        <translation>면담 상태</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="91"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="92"/>
        <source>Meetings held</source>
        <translation>면담 건수</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="93"/>
        <source>MOUs signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="94"/>
        <source>Pledged (USD)</source>
        <translation>투자 약속액 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="95"/>
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="96"/>
        <source>Notified vs arrived by region (USD)</source>
        <translation>권역별 신고·도착 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="97"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="98"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="99"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="100"/>
        <source>Title</source>
        <comment>subject</comment>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="101"/>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="102"/>
        <source>Korean name</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="103"/>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="104"/>
        <source>Ends</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="105"/>
        <source>(in Korean only)</source>
        <translation>(한국어만 있음)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="106"/>
        <source>Executive summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="107"/>
        <source>The trip at a glance</source>
        <translation>일정 한눈에 보기</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="108"/>
        <source>Cities and dates</source>
        <translation>도시별 일정</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="109"/>
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="110"/>
        <source>The asks</source>
        <translation>요청 사항</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="111"/>
        <source>The ask</source>
        <translation>요청</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="112"/>
        <source>Why now</source>
        <translation>왜 지금인가</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="113"/>
        <source>What the last meetings said</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="114"/>
        <source>Risks</source>
        <translation>위험 요인</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="115"/>
        <source>Aftercare</source>
        <translation>사후관리(고충·인센티브)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="116"/>
        <source>Grievance [{label}] {text}: {status}, {days} days{late}</source>
        <translation>고충 [{label}] {text}: {status}, {days}일째{late}</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="117"/>
        <source>Incentive [{label}] {text}: {status}{amount}</source>
        <translation>인센티브 [{label}] {text}: {status}{amount}</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="118"/>
        <source> (overdue)</source>
        <translation> (기한 경과)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="119"/>
        <source>{n} more in the workbook</source>
        <translation>외 {n}건: 엑셀 자료 참조</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="120"/>
        <source>Pre-flight check</source>
        <translation>사전 점검</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="121"/>
        <source>No problems found</source>
        <translation>문제 없음</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="122"/>
        <source>Lead project</source>
        <translation>주요 프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="123"/>
        <source>no itinerary</source>
        <translation>일정 없음</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="124"/>
        <source>Meeting on {date} in {city}</source>
        <translation>{date} {city}에서 면담 예정</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="125"/>
        <source>Met on {date} in {city}</source>
        <translation>{date} {city}에서 면담</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="126"/>
        <source>{project} has been at {stage} since {since}</source>
        <translation>{project}: {stage} 단계 ({since}부터)</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="127"/>
        <source>USD {gap} of the USD {notified} notified has not arrived yet</source>
        <translation>신고 {notified} 달러 중 {gap} 달러가 아직 도착하지 않음</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="128"/>
        <source>No contact for {days} days: the relationship needs attention</source>
        <translation>{days}일째 접촉 없음: 관계 회복 필요</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="129"/>
        <source>Last contact {date} ({kind})</source>
        <translation>최근 접촉 {date} ({kind})</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="130"/>
        <source>Already operates in Korea: an expansion prospect</source>
        <translation>이미 국내 진출: 증설 가능성</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="131"/>
        <source>Overdue follow-up: {text} (due {date})</source>
        <translation>기한 지난 후속 조치: {text} (기한 {date})</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="132"/>
        <source>Lost project: {text}</source>
        <translation>무산된 프로젝트: {text}</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="133"/>
        <source>No contact person on record</source>
        <translation>등록된 상대 인물 없음</translation>
    </message>
    <message>
        <location filename="../../briefing/labels.py" line="134"/>
        <source>Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday</source>
        <translation>월,화,수,목,금,토,일</translation>
    </message>
</context>
<context>
    <name>briefing.lists</name>
    <message>
        <location filename="../../briefing/lists.py" line="153"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="154"/>
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="155"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="156"/>
        <location filename="../../briefing/lists.py" line="169"/>
        <location filename="../../briefing/lists.py" line="188"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="157"/>
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="158"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="159"/>
        <location filename="../../briefing/lists.py" line="175"/>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="163"/>
        <location filename="../../briefing/lists.py" line="205"/>
        <location filename="../../briefing/lists.py" line="221"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="165"/>
        <location filename="../../briefing/lists.py" line="204"/>
        <location filename="../../briefing/lists.py" line="220"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="166"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="167"/>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="168"/>
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="170"/>
        <source>Notified (신고, USD)</source>
        <translation>신고 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="172"/>
        <source>Latest notified</source>
        <translation>최근 신고일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="173"/>
        <source>Arrived (도착, USD)</source>
        <translation>도착 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="174"/>
        <source>Latest arrived</source>
        <translation>최근 도착일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="180"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="184"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="185"/>
        <source>Dates</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="186"/>
        <location filename="../../briefing/lists.py" line="195"/>
        <location filename="../../briefing/lists.py" line="207"/>
        <location filename="../../briefing/lists.py" line="226"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="187"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="189"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="190"/>
        <source>Investors to meet</source>
        <translation>면담 대상</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="193"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="194"/>
        <location filename="../../briefing/lists.py" line="212"/>
        <location filename="../../briefing/lists.py" line="248"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="197"/>
        <source>About</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="198"/>
        <source>Assignee</source>
        <translation>담당</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="199"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="203"/>
        <location filename="../../briefing/lists.py" line="240"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="206"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="208"/>
        <location filename="../../briefing/lists.py" line="245"/>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="209"/>
        <location filename="../../briefing/lists.py" line="246"/>
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="210"/>
        <source>Resolved</source>
        <translation>해결일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="211"/>
        <source>Age (days)</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="213"/>
        <location filename="../../briefing/lists.py" line="249"/>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="214"/>
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="215"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="216"/>
        <source>Resolution</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="217"/>
        <source>Policy-improvement proposal</source>
        <translation>제도개선 건의</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="222"/>
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="224"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="227"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="229"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="231"/>
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="232"/>
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="233"/>
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="234"/>
        <source>Jobs to create</source>
        <translation>고용 조건(명)</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="235"/>
        <source>Years to keep</source>
        <translation>유지 기간(년)</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="236"/>
        <source>Conditions</source>
        <translation>조건</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="237"/>
        <source>Clawback</source>
        <translation>환수</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="241"/>
        <source>Who asked</source>
        <translation>문의자</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="242"/>
        <source>Contact</source>
        <translation>담당자(문의)</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="243"/>
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="244"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="247"/>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="250"/>
        <source>Owner</source>
        <comment>enquiry</comment>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="324"/>
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="325"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="326"/>
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="327"/>
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="328"/>
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="329"/>
        <source>Incentive applications</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../briefing/lists.py" line="330"/>
        <source>Enquiries</source>
        <translation>투자 문의</translation>
    </message>
</context>
<context>
    <name>briefing.pipeline</name>
    <message>
        <location filename="../../briefing/pipeline.py" line="60"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="61"/>
        <source>Korean name</source>
        <translation>투자가 (한글)</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="62"/>
        <source>HQ country</source>
        <translation>본사 국가</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="63"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="64"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="65"/>
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="66"/>
        <source>Direct investor&apos;s country</source>
        <translation>직접투자자 국적</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="67"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="68"/>
        <source>Stage since</source>
        <translation>단계 시작일</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="69"/>
        <source>Target province</source>
        <translation>대상 시·도</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="70"/>
        <source>Region</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="71"/>
        <source>FEZ</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="72"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="73"/>
        <source>Expected capex</source>
        <translation>투자 예정액</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="74"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="75"/>
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="76"/>
        <source>Probability</source>
        <translation>가능성</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="77"/>
        <source>Notified (USD)</source>
        <translation>신고액 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="78"/>
        <source>Arrived (USD)</source>
        <translation>도착액 (USD)</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="79"/>
        <source>Latest notified</source>
        <translation>최근 신고일</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="80"/>
        <source>Latest arrived</source>
        <translation>최근 도착일</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="81"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="84"/>
        <source>Pipeline</source>
        <translation>투자 파이프라인</translation>
    </message>
    <message>
        <location filename="../../briefing/pipeline.py" line="85"/>
        <source>(confidential)</source>
        <translation>(대외비)</translation>
    </message>
</context>
<context>
    <name>briefing.preflight</name>
    <message>
        <location filename="../../briefing/preflight.py" line="31"/>
        <source>Destination {city} has no itinerary item.</source>
        <translation>방문지 {city}: 일정이 하나도 없습니다.</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="32"/>
        <source>Itinerary items overlap: {a} ({a_when}) and {b} ({b_when}).</source>
        <translation>일정이 겹칩니다: {a} ({a_when}) 와 {b} ({b_when}).</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="33"/>
        <source>Results say {held} meetings held, but the records say otherwise: {items} meetings on the itinerary, {met} investors marked met, {recorded} interactions recorded.</source>
        <translation>성과의 면담 건수 {held}건이 기록과 다릅니다: 일정상 면담 {items}건, 면담 완료 투자가 {met}명, 기록된 접촉 {recorded}건.</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="37"/>
        <source>Investor to meet {investor} has no contact person.</source>
        <translation>면담 대상 {investor}: 등록된 상대 인물이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="38"/>
        <source>{where} exists in Korean only and is left out of this English pack ({text}).</source>
        <translation>{where}: 한국어로만 있어 영문 자료에서 빠졌습니다 ({text}).</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="41"/>
        <source>Proper name {text} is printed in Hangul (no English spelling on record).</source>
        <translation>고유명사 {text}: 한글 그대로 실었습니다.</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="46"/>
        <source>{kind}: {count} texts exist in Korean only and are left out of this English pack (e.g. {examples}).</source>
        <translation>{kind}은(는) {count}건이 한국어로만 있어 이 영문 자료에서 빠졌습니다 (예: {examples}).</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="59"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="60"/>
        <source>Results summary</source>
        <translation>성과 요약</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="61"/>
        <source>Members&apos; positions</source>
        <translation>단원 직위</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="62"/>
        <source>Itinerary titles</source>
        <translation>일정 제목</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="63"/>
        <source>Itinerary notes</source>
        <translation>일정 메모</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="64"/>
        <source>Project titles</source>
        <translation>프로젝트명</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="65"/>
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="66"/>
        <source>Granting bodies</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="67"/>
        <source>Meeting notes</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="68"/>
        <source>Meeting outcomes</source>
        <translation>면담 결과</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="69"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="70"/>
        <source>Investor notes</source>
        <translation>투자가 메모</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="71"/>
        <source>Contacts&apos; job titles</source>
        <translation>담당자 직함</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="72"/>
        <source>Talking points</source>
        <translation>면담 요점</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="73"/>
        <source>Overdue tasks</source>
        <translation>기한 지난 업무</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="74"/>
        <source>Lost projects</source>
        <translation>무산된 프로젝트</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="75"/>
        <source>Reasons projects were lost</source>
        <translation>프로젝트 무산 사유</translation>
    </message>
    <message>
        <location filename="../../briefing/preflight.py" line="76"/>
        <source>Other texts</source>
        <translation>기타 텍스트</translation>
    </message>
</context>
<context>
    <name>briefing.xlsx</name>
    <message>
        <location filename="../../briefing/xlsx.py" line="40"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="41"/>
        <source>Subtitle</source>
        <translation>부제</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="42"/>
        <source>Korean name</source>
        <translation>한글 이름</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="43"/>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="44"/>
        <source>Ends</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="45"/>
        <source>Latest notified</source>
        <translation>최근 신고일</translation>
    </message>
    <message>
        <location filename="../../briefing/xlsx.py" line="46"/>
        <source>Latest arrived</source>
        <translation>최근 도착일</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../cli.py" line="89"/>
        <source>the database: an SQLite file (~/kotra.sqlite3, D:\mission\seoul.sqlite3) or a URL (postgresql://user@host/kotra); default: the embedded SQLite file; env KOTRA_INVEST_DB</source>
        <translation>데이터베이스: SQLite 파일(~/kotra.sqlite3, D:\mission\seoul.sqlite3) 또는 URL(postgresql://user@host/kotra). 기본값: 내장 SQLite 파일. 환경 변수 KOTRA_INVEST_DB</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="97"/>
        <source>language (env KOTRA_INVEST_LANG)</source>
        <translation>언어 (환경 변수 KOTRA_INVEST_LANG)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="103"/>
        <source>act as this officer (default: the server&apos;s user name; on the embedded file, the OS user)</source>
        <translation>이 담당관으로 작업합니다 (기본값: 서버의 사용자 이름, 내장 파일에서는 OS 사용자)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="113"/>
        <source>CRM for investment-attraction officers. Without a command, opens the desktop app.</source>
        <translation>투자유치 담당관을 위한 CRM입니다. 명령 없이 실행하면 데스크톱 앱이 열립니다.</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="119"/>
        <source>show program&apos;s version number and exit</source>
        <translation>프로그램 버전을 보이고 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="124"/>
        <source>open the desktop app&apos;s main window, then quit (checks an installation)</source>
        <translation>데스크톱 앱의 메인 창을 열었다가 닫습니다 (설치 점검)</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="127"/>
        <source>commands</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="40"/>
        <source>reference data: regions, provinces, FEZs, industries …</source>
        <translation>기준 정보: 권역, 시·도, 경제자유구역, 업종 …</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="43"/>
        <source>reference commands</source>
        <translation>기준 정보 명령</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="46"/>
        <source>list one kind of reference data</source>
        <translation>기준 정보 한 종류의 목록</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="48"/>
        <location filename="../../commands/documents.py" line="256"/>
        <location filename="../../commands/documents.py" line="275"/>
        <location filename="../../commands/history.py" line="66"/>
        <location filename="../../commands/investors.py" line="92"/>
        <location filename="../../commands/investors.py" line="98"/>
        <location filename="../../commands/search.py" line="40"/>
        <location filename="../../commands/synonyms.py" line="65"/>
        <location filename="../../commands/delegations.py" line="41"/>
        <location filename="../../commands/meetings.py" line="120"/>
        <location filename="../../commands/projects.py" line="223"/>
        <location filename="../../commands/projects.py" line="258"/>
        <location filename="../../commands/fdi.py" line="148"/>
        <location filename="../../commands/officers.py" line="113"/>
        <location filename="../../commands/tasks.py" line="104"/>
        <source>print a JSON array</source>
        <translation>JSON 배열로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="53"/>
        <source>change the Korean and/or English name of a row</source>
        <translation>행의 한국어 이름 또는 영어 이름(또는 둘 다)을 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="57"/>
        <source>new Korean name</source>
        <translation>새 한국어 이름</translation>
    </message>
    <message>
        <location filename="../../commands/reference.py" line="58"/>
        <source>new English name</source>
        <translation>새 영어 이름</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="109"/>
        <source>export a delegation&apos;s briefing pack (xlsx, PDF) and itinerary (.ics)</source>
        <translation>투자유치단의 브리핑 자료(xlsx, PDF)와 일정(.ics)을 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="111"/>
        <location filename="../../commands/packs.py" line="201"/>
        <location filename="../../commands/recommend.py" line="111"/>
        <source>id, or a part of the title that only one delegation has</source>
        <translation>ID, 또는 한 투자유치단만 가진 제목의 일부</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="115"/>
        <source>the itinerary as a calendar file, with time zones</source>
        <translation>일정을 시간대가 들어간 캘린더 파일로</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="121"/>
        <source>with --ics: only this itinerary item (its id, or a part of its title)</source>
        <translation>--ics와 함께: 이 일정 항목만 (ID, 또는 제목의 일부)</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="123"/>
        <source>export one investor&apos;s profile (PDF, xlsx)</source>
        <translation>투자가 한 곳의 프로필을 내보냅니다 (PDF, xlsx)</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="124"/>
        <location filename="../../commands/recommend.py" line="141"/>
        <location filename="../../commands/meetings.py" line="117"/>
        <location filename="../../commands/meetings.py" line="123"/>
        <location filename="../../commands/tasks.py" line="109"/>
        <source>id, or a part of the name that only one investor has</source>
        <translation>ID, 또는 한 투자가만 가진 이름의 일부</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="24"/>
        <source>the record: an id, a name only one investor, project or delegation has, or KIND:KEY (investor:, contact:, project:, delegation:, meeting:&lt;id&gt;, case:&lt;id&gt;, incentive:&lt;id&gt;, milestone:&lt;id&gt;)</source>
        <translation>대상 레코드: ID, 한 투자가·프로젝트·투자유치단만 가진 이름, 또는 KIND:KEY (investor:, contact:, project:, delegation:, meeting:&lt;id&gt;, case:&lt;id&gt;, incentive:&lt;id&gt;, milestone:&lt;id&gt;)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="29"/>
        <source>why you download this personal data (needed for a contact&apos;s documents; kept in the access log)</source>
        <translation>이 개인정보를 내려받는 사유 (담당자의 문서에는 필수, 접속기록에 남습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="241"/>
        <source>files held by records (stored in the database)</source>
        <translation>레코드에 첨부된 파일 (데이터베이스에 저장)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="248"/>
        <source>attach files to a record (type read from the content; one save for all)</source>
        <translation>레코드에 파일을 첨부합니다 (형식은 내용으로 판별, 한 번에 저장)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="252"/>
        <source>print the documents as JSON</source>
        <translation>문서를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="253"/>
        <source>a record&apos;s documents, newest first</source>
        <translation>레코드의 문서, 최신순</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="255"/>
        <source>old versions too</source>
        <translation>이전 버전도</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="257"/>
        <source>save a document&apos;s content to a file</source>
        <translation>문서 내용을 파일로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="258"/>
        <source>the document&apos;s id (documents list)</source>
        <translation>문서 ID (documents list)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="262"/>
        <source>where to save it, with the document&apos;s extension (added if left out)</source>
        <translation>저장할 위치, 문서의 확장자 포함 (없으면 붙입니다)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="265"/>
        <source>a new version of a document (the old one is kept)</source>
        <translation>문서의 새 버전 (이전 버전은 보관됩니다)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="268"/>
        <source>print the new version as JSON</source>
        <translation>새 버전을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="269"/>
        <source>delete a document (undo: documents restore)</source>
        <translation>문서를 삭제합니다 (되돌리기: documents restore)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="271"/>
        <source>bring a deleted document back</source>
        <translation>삭제한 문서를 되살립니다</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="273"/>
        <source>every version of a document, newest first</source>
        <translation>문서의 모든 버전, 최신순</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="276"/>
        <source>show (or, as an admin, set) the largest file a record may hold</source>
        <translation>레코드 하나에 둘 수 있는 최대 파일 크기를 봅니다 (관리자는 설정도 가능)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="277"/>
        <source>the new limit in MB</source>
        <translation>새 한도 (MB)</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="280"/>
        <source>e-mails (.msg, .eml) into the timeline</source>
        <translation>이메일(.msg, .eml)을 타임라인으로</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="286"/>
        <location filename="../../commands/documents.py" line="287"/>
        <source>an Outlook .msg or an .eml as a meeting of kind e-mail, with its attachments</source>
        <translation>Outlook .msg 또는 .eml을 첨부 파일과 함께 이메일 종류의 면담으로 가져옵니다</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="295"/>
        <source>the record: an id, a name only one investor, project or delegation has, or KIND:KEY (investor:, contact:, project:, delegation:, meeting:&lt;id&gt;, case:&lt;id&gt;, incentive:&lt;id&gt;, milestone:&lt;id&gt;); default: the investor of its known contacts</source>
        <translation>대상 레코드: ID, 한 투자가·프로젝트·투자유치단만 가진 이름, 또는 KIND:KEY (investor:, contact:, project:, delegation:, meeting:&lt;id&gt;, case:&lt;id&gt;, incentive:&lt;id&gt;, milestone:&lt;id&gt;). 기본값: 알려진 담당자가 속한 투자가</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="306"/>
        <source>add the unknown addresses as contacts of the investor</source>
        <translation>모르는 주소를 투자가의 담당자로 추가</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="308"/>
        <location filename="../../commands/audit.py" line="122"/>
        <source>print the result as JSON</source>
        <translation>결과를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="53"/>
        <source>field history of a record, and restoring it</source>
        <translation>레코드의 필드 이력과 복원</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="55"/>
        <source>history commands</source>
        <translation>이력 명령</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="57"/>
        <source>list every change of a record, newest first</source>
        <translation>레코드의 모든 변경, 최신순</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="59"/>
        <source>investor, delegation, contact, project …</source>
        <translation>investor, delegation, contact, project …</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="61"/>
        <source>also write the history to an Excel file</source>
        <translation>이력을 Excel 파일로도 저장</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="64"/>
        <source>why you download a history holding a contact&apos;s data (required then; kept in the access log)</source>
        <translation>담당자 정보가 담긴 이력을 내려받는 사유 (이때는 필수, 접속기록에 남습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="68"/>
        <source>put back the value a change replaced</source>
        <translation>변경 전 값으로 되돌립니다</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="71"/>
        <source>the change&apos;s id (the last column of &apos;history show&apos;)</source>
        <translation>변경 ID (&apos;history show&apos;의 마지막 열)</translation>
    </message>
    <message>
        <location filename="../../commands/history.py" line="74"/>
        <source>the record&apos;s version you looked at</source>
        <translation>조회했던 레코드의 버전</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="80"/>
        <source>investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="82"/>
        <source>investor commands</source>
        <translation>투자가 명령</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="88"/>
        <source>find investors by any part of their names or notes</source>
        <translation>이름이나 메모의 일부로 투자가를 찾습니다</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="93"/>
        <source>list investors, filtered</source>
        <translation>투자가 목록 (필터 적용)</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="100"/>
        <source>register an investor</source>
        <translation>투자가를 등록합니다</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="101"/>
        <source>company name in its original spelling</source>
        <translation>원래 표기의 회사 이름</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="102"/>
        <source>Korean rendering of the name</source>
        <translation>이름의 한국어 표기</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="103"/>
        <source>ISO code of the ultimate parent&apos;s home country, e.g. DE</source>
        <translation>최종 모회사 본국의 ISO 코드, 예: DE</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="107"/>
        <source>ISO code of the direct investor&apos;s country, as notified (the official statistics&apos;), e.g. NL for a Dutch holding; default: the parent&apos;s</source>
        <translation>신고된 직접투자가 국가의 ISO 코드 (공식 통계 기준), 예: 네덜란드 지주회사면 NL. 기본값: 모회사 국가</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="114"/>
        <source>industry code, e.g. ROBOT, BIO, BATTERY</source>
        <translation>업종 코드, 예: ROBOT, BIO, BATTERY</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="118"/>
        <source>print the new investor as JSON</source>
        <translation>새 투자가를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="115"/>
        <location filename="../../commands/incentives.py" line="116"/>
        <source>incentive applications on projects</source>
        <translation>프로젝트의 인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="125"/>
        <source>which one, e.g. 충청북도</source>
        <translation>대상 기관, 예: 충청북도</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="128"/>
        <source>ISO code (default KRW)</source>
        <translation>ISO 코드 (기본값 KRW)</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="131"/>
        <source>jobs the investor must create</source>
        <translation>투자가가 창출해야 하는 일자리 수</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="132"/>
        <source>years the investment must be kept</source>
        <translation>투자를 유지해야 하는 연수</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="136"/>
        <source>list applications, newest first</source>
        <translation>신청 목록, 최신순</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="142"/>
        <source>record an application on a project (default: a ministry&apos;s cash grant, applied today)</source>
        <translation>프로젝트의 신청을 기록합니다 (기본값: 중앙부처 현금지원, 오늘 신청)</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="146"/>
        <source>change an application (&apos;&apos; clears a text)</source>
        <translation>신청을 수정합니다 (&apos;&apos;는 텍스트를 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="150"/>
        <source>the application was approved</source>
        <translation>신청이 승인되었음</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="151"/>
        <source>the incentive was paid</source>
        <translation>인센티브가 지급되었음</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="156"/>
        <location filename="../../commands/cases.py" line="198"/>
        <location filename="../../commands/cases.py" line="218"/>
        <location filename="../../commands/cases.py" line="223"/>
        <location filename="../../commands/enquiries.py" line="144"/>
        <source>default: today</source>
        <translation>기본값: 오늘</translation>
    </message>
    <message>
        <location filename="../../commands/privacy.py" line="37"/>
        <source>a contact&apos;s personal data: export, erase</source>
        <translation>담당자의 개인정보: 열람 제공, 삭제</translation>
    </message>
    <message>
        <location filename="../../commands/privacy.py" line="39"/>
        <source>privacy commands</source>
        <translation>개인정보 명령</translation>
    </message>
    <message>
        <location filename="../../commands/privacy.py" line="41"/>
        <source>write all we hold about a contact (JSON, xlsx)</source>
        <translation>담당자에 관해 보유한 모든 정보를 파일로 씁니다 (JSON, xlsx)</translation>
    </message>
    <message>
        <location filename="../../commands/privacy.py" line="47"/>
        <source>erase a contact&apos;s personal data on request</source>
        <translation>요청에 따라 담당자의 개인정보를 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../commands/privacy.py" line="51"/>
        <source>why (e.g. the request&apos;s reference); kept in the audit</source>
        <translation>사유 (예: 요청 문서 번호), 감사 기록에 남습니다</translation>
    </message>
    <message>
        <location filename="../../commands/search.py" line="31"/>
        <source>search investors, contacts, delegations, projects and notes</source>
        <translation>투자가, 담당자, 투자유치단, 프로젝트, 메모를 검색합니다</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="115"/>
        <location filename="../../commands/recommend.py" line="154"/>
        <source>print as JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="121"/>
        <source>why you print or download this personal data (required; kept in the access log)</source>
        <translation>이 개인정보를 출력하거나 내려받는 사유 (필수, 접속기록에 남습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="133"/>
        <source>must be 1 or more</source>
        <translation>1 이상이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="142"/>
        <source>not an id (a UUID)</source>
        <translation>ID(UUID)가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="69"/>
        <source>the automatic backups beside the database: list, how many to keep</source>
        <translation>데이터베이스 옆의 자동 백업: 목록, 보관 개수</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="71"/>
        <source>backups commands</source>
        <translation>백업 명령</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="72"/>
        <source>each backup, its size and the total</source>
        <translation>각 백업과 그 크기, 합계</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="75"/>
        <source>keep the newest N automatic backups (1-30)</source>
        <translation>최신 자동 백업 N개를 보관합니다 (1-30)</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="18"/>
        <source>write a list (investors, projects, delegations, tasks, cases, incentives, enquiries) to an Excel workbook</source>
        <translation>목록(투자가, 프로젝트, 투자유치단, 할 일, 고충, 인센티브, 문의)을 Excel 통합문서로 씁니다</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="24"/>
        <source>Write a list to an Excel workbook with the desktop&apos;s columns, filtered and sorted as asked. The file is replaced only when the whole list is written.</source>
        <translation>데스크톱과 같은 열로, 요청한 대로 필터링·정렬한 목록을 Excel 통합문서로 씁니다. 목록 전체를 다 쓴 뒤에만 파일을 바꿉니다.</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="36"/>
        <source>filters (each list takes the ones that apply to it)</source>
        <translation>필터 (각 목록은 해당하는 것만 적용합니다)</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="37"/>
        <source>investors: the HQ country&apos;s code, e.g. DE</source>
        <translation>investors: 본사 국가 코드, 예: DE</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="39"/>
        <source>investors, projects, delegations: an industry code, e.g. BIO</source>
        <translation>investors, projects, delegations: 업종 코드, 예: BIO</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="41"/>
        <source>investors, projects, delegations: a region code, e.g. CAP</source>
        <translation>investors, projects, delegations: 권역 코드, 예: CAP</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="42"/>
        <source>investors, projects: a pipeline stage code, e.g. MOU</source>
        <translation>investors, projects: 파이프라인 단계 코드, 예: MOU</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="43"/>
        <source>investors, projects: an officer&apos;s login</source>
        <translation>investors, projects: 담당관 로그인</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="44"/>
        <source>projects, delegations: part of the title</source>
        <translation>projects, delegations: 제목의 일부</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="45"/>
        <source>delegations: the year</source>
        <translation>delegations: 연도</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="49"/>
        <source>delegations: planning|confirmed|travelling|done|cancelled; incentives: applied|approved|paid|rejected|withdrawn|clawed_back</source>
        <translation>delegations: planning|confirmed|travelling|done|cancelled, incentives: applied|approved|paid|rejected|withdrawn|clawed_back</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="57"/>
        <source>tasks, cases, enquiries: overdue ones only</source>
        <translation>tasks, cases, enquiries: 기한이 지난 것만</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="63"/>
        <source>tasks: whose (default: mine, as the desktop&apos;s list opens)</source>
        <translation>tasks: 누구의 할 일 (기본값: 내 할 일, 데스크톱 목록이 처음 열릴 때처럼)</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="68"/>
        <source>tasks: done and cancelled ones too; cases, enquiries: closed ones too</source>
        <translation>tasks: 완료·취소된 것도, cases, enquiries: 종결된 것도</translation>
    </message>
    <message>
        <location filename="../../commands/export.py" line="70"/>
        <source>investors: name|updated; projects: title|investor|updated</source>
        <translation>investors: name|updated, projects: title|investor|updated</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="54"/>
        <source>other names imports read as a reference row (의료기기 → BIO)</source>
        <translation>가져오기에서 기준 정보 행으로 읽는 다른 이름 (의료기기 → BIO)</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="56"/>
        <source>synonym commands</source>
        <translation>동의어 명령</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="64"/>
        <source>the names each row is also read by (* added here)</source>
        <translation>각 행을 달리 부르는 이름 (*: 여기서 추가한 것)</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="66"/>
        <source>let a name mean a row in every import (admins)</source>
        <translation>모든 가져오기에서 이 이름을 이 행으로 읽게 합니다 (관리자)</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="67"/>
        <source>the row&apos;s code, e.g. BIO, US</source>
        <translation>행의 코드, 예: BIO, US</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="68"/>
        <source>the other name, e.g. 의료기기</source>
        <translation>다른 이름, 예: 의료기기</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="69"/>
        <source>stop a name meaning a row, a built-in one too (admins)</source>
        <translation>이 이름을 더는 이 행으로 읽지 않습니다, 기본 제공 이름도 (관리자)</translation>
    </message>
    <message>
        <location filename="../../commands/contacts.py" line="18"/>
        <source>an investor&apos;s contact persons</source>
        <translation>투자가의 담당자</translation>
    </message>
    <message>
        <location filename="../../commands/contacts.py" line="20"/>
        <source>The live contacts of INVESTOR, by name. Contacts are personal data: the access log records the view.</source>
        <translation>INVESTOR의 현재 담당자, 이름순. 담당자 정보는 개인정보이므로 조회가 접속기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/contacts.py" line="26"/>
        <source>the investor (id or unambiguous name)</source>
        <translation>투자가 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/contacts.py" line="27"/>
        <source>print the contacts as JSON</source>
        <translation>담당자를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="37"/>
        <source>fill an empty database with a believable 2026 of demo data</source>
        <translation>빈 데이터베이스를 그럴듯한 2026년 데모 데이터로 채웁니다</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="39"/>
        <source>multiply investors and their records (333 ≈ 100,000)</source>
        <translation>투자가와 그 레코드를 이 배수만큼 늘립니다 (333 ≈ 100,000)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="23"/>
        <source>merge investor DROP into KEEP (its contacts, projects, meetings, tasks and documents move)</source>
        <translation>투자가 DROP을 KEEP에 병합합니다 (담당자, 프로젝트, 면담, 할 일, 문서가 옮겨집니다)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="27"/>
        <source>Merge investor DROP into KEEP: every contact, project, meeting, task, itinerary item, meeting target, grievance case, enquiry and site in Korea of DROP moves to KEEP, and so do the documents of DROP and of those records; DROP is kept as a deleted record naming KEEP.</source>
        <translation>투자가 DROP을 KEEP에 병합합니다: DROP의 모든 담당자, 프로젝트, 면담, 할 일, 일정 항목, 면담 대상, 고충 사례, 문의, 국내 사업장이 KEEP으로 옮겨지고, DROP과 그 레코드들의 문서도 옮겨집니다. DROP은 KEEP을 가리키는 삭제된 레코드로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="36"/>
        <source>contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="38"/>
        <source>contact commands</source>
        <translation>담당자 명령</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="43"/>
        <source>merge contact DROP into KEEP (their meetings and documents move)</source>
        <translation>담당자 DROP을 KEEP에 병합합니다 (면담과 문서가 옮겨집니다)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="45"/>
        <source>Merge contact DROP into KEEP: the meetings, itinerary items and documents of DROP move to KEEP; DROP is kept as a deleted record naming KEEP. Both must be people of the same investor, or both advisers (contacts of no investor).</source>
        <translation>담당자 DROP을 KEEP에 병합합니다: DROP의 면담, 일정 항목, 문서가 KEEP으로 옮겨집니다. DROP은 KEEP을 가리키는 삭제된 레코드로 남습니다. 두 사람은 같은 투자가의 연락처이거나, 둘 다 투자가 없는 연락처(자문역)여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="56"/>
        <source>the investor that stays (id or unambiguous name)</source>
        <translation>남길 투자가 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="57"/>
        <source>the investor merged into it (id or unambiguous name)</source>
        <translation>병합되어 없어질 투자가 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="61"/>
        <source>the contact that stays (id or unambiguous name)</source>
        <translation>남길 담당자 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="62"/>
        <source>the contact merged into it (id or unambiguous name)</source>
        <translation>병합되어 없어질 담당자 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="72"/>
        <source>whose value wins where both have one (default: keep); an empty field always takes the other&apos;s</source>
        <translation>둘 다 값이 있을 때 이기는 쪽 (기본값: keep). 빈 필드는 언제나 상대의 값을 받습니다</translation>
    </message>
    <message>
        <location filename="../../commands/merge.py" line="78"/>
        <source>print what was merged as JSON</source>
        <translation>병합된 내용을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/delegations.py" line="33"/>
        <source>investment-attraction delegations</source>
        <translation>투자유치 투자유치단</translation>
    </message>
    <message>
        <location filename="../../commands/delegations.py" line="36"/>
        <source>delegation commands</source>
        <translation>투자유치단 명령</translation>
    </message>
    <message>
        <location filename="../../commands/delegations.py" line="38"/>
        <source>list delegations</source>
        <translation>투자유치단 목록</translation>
    </message>
    <message>
        <location filename="../../commands/dashboard.py" line="56"/>
        <source>the dashboard&apos;s figures for a year</source>
        <translation>한 해의 대시보드 수치</translation>
    </message>
    <message>
        <location filename="../../commands/dashboard.py" line="57"/>
        <source>the dashboard&apos;s figures for a year, with the notified and arrived USD totals</source>
        <translation>한 해의 대시보드 수치, 신고·도착 USD 합계 포함</translation>
    </message>
    <message>
        <location filename="../../commands/dashboard.py" line="60"/>
        <location filename="../../commands/map.py" line="69"/>
        <source>the year (default: this year)</source>
        <translation>연도 (기본값: 올해)</translation>
    </message>
    <message>
        <location filename="../../commands/dashboard.py" line="61"/>
        <source>print the figures as JSON</source>
        <translation>수치를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="187"/>
        <source>offline mission packs: export, inspect, merge back</source>
        <translation>오프라인 출장 팩: 내보내기, 확인, 다시 병합</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="189"/>
        <source>pack commands</source>
        <translation>팩 명령</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="194"/>
        <source>write one delegation and its investors to a mission pack</source>
        <translation>투자유치단 하나와 그 투자가들을 출장 팩으로 씁니다</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="199"/>
        <source>leave the records&apos; documents out (a smaller pack)</source>
        <translation>레코드의 문서는 빼기 (더 작은 팩)</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="202"/>
        <source>the pack file to write, FILE.kipack (replaced only when complete)</source>
        <translation>쓸 팩 파일 FILE.kipack (완성된 뒤에만 바꿉니다)</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="204"/>
        <source>encrypt the pack with the first line of this file</source>
        <translation>이 파일의 첫 줄로 팩을 암호화</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="208"/>
        <source>say which delegation and database a pack belongs to</source>
        <translation>팩이 어느 투자유치단과 데이터베이스의 것인지 알려 줍니다</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="212"/>
        <location filename="../../commands/pack_reports.py" line="19"/>
        <source>print JSON</source>
        <translation>JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="213"/>
        <source>merge a mission pack back into this database</source>
        <translation>출장 팩을 이 데이터베이스에 다시 병합합니다</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="219"/>
        <source>report what would change and the conflicts; change nothing</source>
        <translation>바뀔 내용과 충돌을 보고만 하고, 아무것도 바꾸지 않음</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="221"/>
        <source>resolve every conflict this way</source>
        <translation>모든 충돌을 이 방식으로 해결</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="225"/>
        <source>where to write unresolved conflicts (default: beside the pack)</source>
        <translation>해결되지 않은 충돌을 쓸 위치 (기본값: 팩 옆)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="98"/>
        <source>investors a delegation should meet, with reasons</source>
        <translation>투자유치단이 만나야 할 투자가와 그 이유</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="100"/>
        <source>Investors ranked for a delegation, best first, each with the reasons that put it there. Signals: industry, location, momentum, gap, expansion, risk.</source>
        <translation>투자유치단에 맞는 투자가 순위, 높은 순, 각각 그 순위의 이유와 함께. 신호: 업종, 입지, 모멘텀, 공백, 확장, 위험.</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="113"/>
        <source>how many (default 20)</source>
        <translation>몇 곳 (기본값 20)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="115"/>
        <source>print a JSON array (each row with its reasons)</source>
        <translation>JSON 배열로 출력 (각 행에 이유 포함)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="118"/>
        <source>weigh a signal differently for this run</source>
        <translation>이번 실행에서만 신호의 가중치를 달리 둡니다</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="124"/>
        <source>set a signal&apos;s weight for the office (admins)</source>
        <translation>사무소의 신호 가중치를 설정합니다 (관리자)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="129"/>
        <source>leave this investor out of the delegation&apos;s recommendations</source>
        <translation>이 투자가를 투자유치단 추천에서 뺍니다</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="134"/>
        <source>measure &apos;last met&apos; and recent FDI from this day (default today)</source>
        <translation>&apos;마지막 면담&apos;과 최근 FDI를 이 날짜 기준으로 셉니다 (기본값 오늘)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="137"/>
        <source>an investor&apos;s HQ city and Korean sites</source>
        <translation>투자가의 본사 도시와 국내 사업장</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="145"/>
        <source>the HQ&apos;s city (a listed city in English or Korean, or free text; &apos;&apos; clears it)</source>
        <translation>본사 도시 (목록의 도시를 영어나 한국어로, 또는 자유 입력. &apos;&apos;는 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="151"/>
        <source>a Korean site, e.g. KR-30 or KR-28:IFEZ (repeatable; replaces the list)</source>
        <translation>국내 사업장, 예: KR-30 또는 KR-28:IFEZ (여러 번 지정 가능, 목록을 바꿉니다)</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="153"/>
        <source>clear the Korean sites</source>
        <translation>국내 사업장을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="87"/>
        <location filename="../../commands/milestones.py" line="88"/>
        <source>procedure milestones of projects</source>
        <translation>프로젝트의 절차 단계</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="94"/>
        <source>list milestones by project and date</source>
        <translation>프로젝트별·날짜별 절차 단계 목록</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="96"/>
        <source>record a milestone of a project</source>
        <translation>프로젝트의 절차 단계를 기록합니다</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="100"/>
        <source>a security review&apos;s end</source>
        <translation>안보 심사 종료</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="101"/>
        <source>e.g. 신고필증 and its number</source>
        <translation>예: 신고필증과 그 번호</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="103"/>
        <source>change a milestone (&apos;&apos; clears a text)</source>
        <translation>절차 단계를 수정합니다 (&apos;&apos;는 텍스트를 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="109"/>
        <source>meetings, calls and visits with investors</source>
        <translation>투자가와의 면담, 통화, 방문</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="111"/>
        <source>meeting commands</source>
        <translation>면담 명령</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="115"/>
        <source>an investor&apos;s or a project&apos;s meetings, newest first</source>
        <translation>투자가나 프로젝트의 면담, 최신순</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="118"/>
        <location filename="../../commands/projects.py" line="227"/>
        <location filename="../../commands/projects.py" line="240"/>
        <location filename="../../commands/projects.py" line="247"/>
        <location filename="../../commands/projects.py" line="257"/>
        <location filename="../../commands/tasks.py" line="110"/>
        <source>id, or a part of the title that only one project has</source>
        <translation>ID, 또는 한 프로젝트만 가진 제목의 일부</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="121"/>
        <source>log a meeting, optionally with a follow-up task</source>
        <translation>면담을 기록합니다, 후속 할 일도 함께 가능</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="128"/>
        <source>when (default now; no zone: this computer&apos;s)</source>
        <translation>일시 (기본값 지금. 시간대가 없으면 이 컴퓨터 기준)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="133"/>
        <source>the place&apos;s clock --at is given on, kept with the meeting (e.g. Europe/Warsaw)</source>
        <translation>--at을 적은 현지 시간대, 면담과 함께 저장 (예: Europe/Warsaw)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="135"/>
        <source>the project it was about</source>
        <translation>면담의 대상 프로젝트</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="136"/>
        <source>what came of it / the next step</source>
        <translation>결과 / 다음 단계</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="137"/>
        <source>where it was held</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="138"/>
        <source>who took part for the investor</source>
        <translation>투자가 측 참석자</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="139"/>
        <source>who took part on our side</source>
        <translation>우리 측 참석자</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="141"/>
        <source>create this follow-up task in the same save</source>
        <translation>같은 저장에서 이 후속 할 일을 만듭니다</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="143"/>
        <source>the follow-up&apos;s officer (login; default: you)</source>
        <translation>후속 할 일 담당관 (로그인, 기본값: 본인)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="144"/>
        <source>the follow-up&apos;s due date</source>
        <translation>후속 할 일 기한</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="145"/>
        <location filename="../../commands/meetings.py" line="161"/>
        <source>print the meeting as JSON</source>
        <translation>면담을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="146"/>
        <source>change a logged meeting</source>
        <translation>기록된 면담을 수정합니다</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="147"/>
        <source>the meeting&apos;s id</source>
        <translation>면담 ID</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="149"/>
        <source>the new outcome (&apos;&apos; clears it)</source>
        <translation>새 결과 (&apos;&apos;는 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="151"/>
        <source>&apos;&apos; clears it</source>
        <translation>&apos;&apos;는 지웁니다</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="153"/>
        <source>who took part for the investor (&apos;&apos; clears it)</source>
        <translation>투자가 측 참석자 (&apos;&apos;는 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="155"/>
        <source>who took part on our side (&apos;&apos; clears it)</source>
        <translation>우리 측 참석자 (&apos;&apos;는 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="158"/>
        <source>the place&apos;s clock (--at on it); an empty value: Korea&apos;s</source>
        <translation>현지 시간대 (--at의 기준). 빈 값: 한국</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="160"/>
        <source>the project it was about (&apos;&apos; for none)</source>
        <translation>면담의 대상 프로젝트 (&apos;&apos;는 없음)</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="53"/>
        <source>the tile map of Korea for a figure, as a PNG</source>
        <translation>수치 하나를 한국 타일 지도 PNG로</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="54"/>
        <source>the dashboard&apos;s tile map of Korea, one figure per province, saved as a PNG</source>
        <translation>시·도별 수치 하나를 담은 대시보드의 한국 타일 지도를 PNG로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="62"/>
        <source>notified (신고 USD), arrived (도착 USD), pipeline (projects), delegations (by lead province) or cases (open grievance cases)</source>
        <translation>notified (신고 USD), arrived (도착 USD), pipeline (프로젝트), delegations (주관 시·도별 투자유치단) 또는 cases (진행 중 고충 사례)</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="70"/>
        <source>the PNG file to write</source>
        <translation>쓸 PNG 파일</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="201"/>
        <source>investment projects (the FDI pipeline)</source>
        <translation>투자 프로젝트 (FDI 파이프라인)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="204"/>
        <source>project commands</source>
        <translation>프로젝트 명령</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="207"/>
        <source>write the whole pipeline as an Excel tracker</source>
        <translation>파이프라인 전체를 Excel 관리대장으로 씁니다</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="209"/>
        <source>the .xlsx file to write (replaced only when complete)</source>
        <translation>쓸 .xlsx 파일 (완성된 뒤에만 바꿉니다)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="214"/>
        <source>list the pipeline, filtered (visible projects only)</source>
        <translation>파이프라인 목록, 필터 적용 (볼 수 있는 프로젝트만)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="216"/>
        <source>stage code, e.g. LEAD, MOU (repeatable)</source>
        <translation>단계 코드, 예: LEAD, MOU (여러 번 지정 가능)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="219"/>
        <source>only stages still in progress</source>
        <translation>진행 중인 단계만</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="221"/>
        <source>sort descending</source>
        <translation>내림차순 정렬</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="225"/>
        <source>move a project to another stage (dated, audited)</source>
        <translation>프로젝트를 다른 단계로 옮깁니다 (날짜 기록, 감사 대상)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="228"/>
        <source>stage code, e.g. SITE_VISIT, MOU, NOTIFIED, LOST</source>
        <translation>단계 코드, 예: SITE_VISIT, MOU, NOTIFIED, LOST</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="230"/>
        <source>the date it entered the stage (default today)</source>
        <translation>단계에 들어간 날짜 (기본값 오늘)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="232"/>
        <source>why it was lost (needed for LOST)</source>
        <translation>무산 사유 (LOST에 필수)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="233"/>
        <source>print the moved project as JSON</source>
        <translation>옮긴 프로젝트를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="238"/>
        <source>one project: stage, 신고/도착 tranches and totals, stage history</source>
        <translation>프로젝트 하나: 단계, 신고/도착 분할 금액과 합계, 단계 이력</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="241"/>
        <source>print the whole project page as JSON</source>
        <translation>프로젝트 페이지 전체를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="243"/>
        <source>a project&apos;s 신고 (notified) and 도착 (arrived) amounts</source>
        <translation>프로젝트의 신고(notified)·도착(arrived) 금액</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="245"/>
        <source>fdi commands</source>
        <translation>fdi 명령</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="246"/>
        <source>record a dated notified or arrived amount</source>
        <translation>날짜가 있는 신고 또는 도착 금액을 기록합니다</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="249"/>
        <source>e.g. 12,500,000, 1억 5천만 or USD 12.5M</source>
        <translation>예: 12,500,000, 1억 5천만 또는 USD 12.5M</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="250"/>
        <source>ISO code (default: the one the amount names, 1억 as won; else USD)</source>
        <translation>ISO 코드 (기본값: 금액에 적힌 통화, 1억처럼 한국식 단위는 원, 그 밖에는 USD)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="252"/>
        <source>the date of the notification or arrival</source>
        <translation>신고일 또는 도착일</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="255"/>
        <source>print the new amount as JSON</source>
        <translation>새 금액을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="256"/>
        <source>the project&apos;s amounts, oldest first</source>
        <translation>프로젝트의 금액, 오래된 순</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="259"/>
        <source>delete an amount (it stays in the history)</source>
        <translation>금액을 삭제합니다 (이력에는 남습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="260"/>
        <source>the amount&apos;s id (from `fdi list`)</source>
        <translation>금액 ID (`fdi list`에서)</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="178"/>
        <location filename="../../commands/cases.py" line="179"/>
        <source>investors&apos; grievance cases (aftercare)</source>
        <translation>투자가 고충 사례 (사후관리)</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="186"/>
        <source>list cases, overdue first, then the oldest</source>
        <translation>고충 목록, 기한이 지난 것 먼저, 다음은 오래된 순</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="187"/>
        <location filename="../../commands/enquiries.py" line="121"/>
        <source>id, or a part of the name only one investor has</source>
        <translation>ID, 또는 한 투자가만 가진 이름의 일부</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="188"/>
        <source>open cases only</source>
        <translation>진행 중인 고충만</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="189"/>
        <source>cases past their target only</source>
        <translation>목표 기한이 지난 고충만</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="191"/>
        <source>receive a grievance case from an investor</source>
        <translation>투자가의 고충을 접수합니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="196"/>
        <source>the ministry or agency involved</source>
        <translation>관련 부처 또는 기관</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="197"/>
        <location filename="../../commands/enquiries.py" line="125"/>
        <source>an officer&apos;s login (default: you)</source>
        <translation>담당관 로그인 (기본값: 본인)</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="200"/>
        <source>change a case (&apos;&apos; clears a text)</source>
        <translation>고충을 수정합니다 (&apos;&apos;는 텍스트를 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="212"/>
        <location filename="../../commands/cases.py" line="222"/>
        <source>a policy-improvement proposal</source>
        <translation>제도개선 건의</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="213"/>
        <source>received, acknowledged, resolved, withdrawn</source>
        <translation>received, acknowledged, resolved, withdrawn</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="216"/>
        <source>the Home Doctor took the case up</source>
        <translation>홈닥터가 사례를 맡았음</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="219"/>
        <source>close a case as resolved</source>
        <translation>고충을 해결로 종결합니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="224"/>
        <source>show the response-time targets, or set them (admins)</source>
        <translation>처리 목표 기한을 봅니다, 또는 설정합니다 (관리자)</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="114"/>
        <source>the audit trail: check its hash chain</source>
        <translation>감사 기록: 해시 체인 점검</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="115"/>
        <source>audit commands</source>
        <translation>감사 명령</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="120"/>
        <source>walk the audit trail&apos;s and the access log&apos;s hash chains; name the first broken link (exit 1)</source>
        <translation>감사 기록과 접속기록의 해시 체인을 따라가며 처음 끊어진 곳을 알려 줍니다 (종료 코드 1)</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="127"/>
        <source>who viewed, printed or downloaded personal data (개인정보 접속기록)</source>
        <translation>개인정보를 조회·출력·내려받은 사람 (개인정보 접속기록)</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="130"/>
        <source>access-log commands</source>
        <translation>접속기록 명령</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="133"/>
        <source>the monthly review, unusual volumes flagged</source>
        <translation>월간 점검, 비정상적인 양은 표시</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="135"/>
        <source>the month to review, e.g. 2026-11 (UTC)</source>
        <translation>점검할 달, 예: 2026-11 (UTC)</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="136"/>
        <source>also write the review as an Excel workbook</source>
        <translation>점검 결과를 Excel 통합문서로도 저장</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="137"/>
        <source>print the review as JSON</source>
        <translation>점검 결과를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="142"/>
        <source>remove entries older than the retention period (admins)</source>
        <translation>보관 기간이 지난 항목을 지웁니다 (관리자)</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="145"/>
        <source>show or set how long entries are kept</source>
        <translation>항목 보관 기간을 봅니다, 또는 설정합니다</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="147"/>
        <source>days to keep (at least 730)</source>
        <translation>보관 일수 (최소 730)</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="112"/>
        <location filename="../../commands/enquiries.py" line="113"/>
        <source>incoming enquiries and response times</source>
        <translation>접수된 문의와 응답 시간</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="122"/>
        <source>who asked, while not yet an investor</source>
        <translation>문의한 곳, 아직 투자가가 아닌 경우</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="123"/>
        <source>the person who asked</source>
        <translation>문의한 사람</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="131"/>
        <source>list enquiries, overdue first</source>
        <translation>문의 목록, 기한이 지난 것 먼저</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="132"/>
        <source>unanswered only</source>
        <translation>답하지 않은 것만</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="133"/>
        <source>past their response-time target only</source>
        <translation>응답 목표 기한이 지난 것만</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="134"/>
        <source>log an incoming enquiry (default: by e-mail, today)</source>
        <translation>접수된 문의를 기록합니다 (기본값: 이메일, 오늘)</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="137"/>
        <source>change an enquiry (&apos;&apos; clears a text)</source>
        <translation>문의를 수정합니다 (&apos;&apos;는 텍스트를 지웁니다)</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="141"/>
        <source>the enquiry was answered</source>
        <translation>문의에 답했음</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="55"/>
        <source>the shared PostgreSQL server</source>
        <translation>공유 PostgreSQL 서버</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="56"/>
        <source>server commands</source>
        <translation>서버 명령</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="58"/>
        <source>connect to --db and report the schema and your role there</source>
        <translation>--db에 연결해 스키마와 그곳에서의 내 역할을 알려 줍니다</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="62"/>
        <source>as the database&apos;s owner, after each &apos;db upgrade&apos;: group roles, grants, row-level security</source>
        <translation>데이터베이스 소유자로, 매번 &apos;db upgrade&apos; 후에: 그룹 역할, 권한, 행 수준 보안</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="116"/>
        <source>reports counted the ministry&apos;s way</source>
        <translation>부처 집계 방식의 보고서</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="122"/>
        <source>the ministry&apos;s quarterly FDI table: 신고 and 도착 by quarter and country, industry, type, 신규/증액, region and province (USD, to the cent)</source>
        <translation>부처의 분기별 FDI 표: 분기별 신고·도착을 국가, 업종, 유형, 신규/증액, 권역, 시·도별로 (USD, 센트 단위까지)</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="130"/>
        <source>1-4 (default: the whole year, quarter by quarter)</source>
        <translation>1-4 (기본값: 한 해 전체, 분기별)</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="136"/>
        <source>count by the direct investor&apos;s country (the official statistics&apos;, default) or the ultimate parent&apos;s</source>
        <translation>직접투자가 국가(공식 통계 기준, 기본값) 또는 최종 모회사 국가로 집계</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="142"/>
        <source>write the table as an Excel workbook</source>
        <translation>표를 Excel 통합문서로 씁니다</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="143"/>
        <source>print the table as JSON</source>
        <translation>표를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="145"/>
        <source>dated exchange rates: non-USD tranches convert at their date&apos;s rate</source>
        <translation>날짜별 환율: USD가 아닌 분할 금액은 그 날짜의 환율로 환산</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="146"/>
        <source>list the rates (1 USD = N units), by currency and date</source>
        <translation>환율 목록 (1 USD = N 단위), 통화별·날짜별</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="149"/>
        <source>add or replace the rate of a currency from a date on</source>
        <translation>어느 날짜부터의 통화 환율을 추가하거나 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="150"/>
        <source>ISO 4217 code, e.g. KRW, EUR, JPY</source>
        <translation>ISO 4217 코드, 예: KRW, EUR, JPY</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="151"/>
        <source>units of the currency per US dollar, e.g. 1385.5 for KRW</source>
        <translation>1 미국 달러당 통화 단위, 예: KRW는 1385.5</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="152"/>
        <source>the day the rate applies from</source>
        <translation>환율이 적용되는 첫날</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="153"/>
        <source>where the rate comes from, e.g. 서울외국환중개 매매기준율</source>
        <translation>환율 출처, 예: 서울외국환중개 매매기준율</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="154"/>
        <source>print the rate as JSON</source>
        <translation>환율을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="159"/>
        <source>add or replace rates from a CSV (currency, date, units per USD[, source]); all or nothing</source>
        <translation>CSV(통화, 날짜, USD당 단위[, 출처])로 환율을 추가하거나 바꿉니다. 전부 아니면 전무</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="162"/>
        <source>print the count as JSON</source>
        <translation>개수를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="148"/>
        <source>import an Excel/CSV tracker or list: investors, contacts, projects, interactions, delegations, tasks, a delegation&apos;s itinerary or members, grievance cases, incentive applications, enquiries</source>
        <translation>Excel/CSV 관리대장이나 목록을 가져옵니다: 투자가, 담당자, 프로젝트, 접촉 이력, 투자유치단, 할 일, 투자유치단 일정이나 단원, 고충 사례, 인센티브 신청, 문의</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="159"/>
        <source>.xlsx or .csv (UTF-8 or CP949)</source>
        <translation>.xlsx 또는 .csv (UTF-8 또는 CP949)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="160"/>
        <source>the sheet to read (default: the first that holds anything)</source>
        <translation>읽을 시트 (기본값: 내용이 있는 첫 시트)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="161"/>
        <source>a CSV&apos;s encoding if detection guesses wrong, e.g. cp949</source>
        <translation>인코딩 자동 판별이 틀렸을 때 CSV의 인코딩, 예: cp949</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="162"/>
        <source>JSON {&quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;}}</source>
        <translation>JSON {&quot;columns&quot;: {&quot;header&quot;: &quot;field&quot;}}</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="164"/>
        <source>remember the mapping for this header set</source>
        <translation>이 머리글 조합의 매핑을 기억</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="166"/>
        <source>check and report; change nothing</source>
        <translation>점검하고 보고만 함, 아무것도 바꾸지 않음</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="170"/>
        <source>what a duplicate row does (default: reported and skipped)</source>
        <translation>중복 행의 처리 (기본값: 보고하고 건너뜀)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="173"/>
        <source>where to write the failed rows (default: FILE.errors.xlsx)</source>
        <translation>실패한 행을 쓸 위치 (기본값: FILE.errors.xlsx)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="175"/>
        <source>print the report as JSON</source>
        <translation>보고서를 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="181"/>
        <source>projects/meetings/tasks/cases naming an investor not in the database: refuse the row (default) or create the investor from the row (e.g. a pipeline export into an empty database)</source>
        <translation>데이터베이스에 없는 투자가를 적은 프로젝트/면담/할 일/고충 행: 그 행을 거부(기본값)하거나 행에서 투자가를 만듦 (예: 빈 데이터베이스로 파이프라인 내보내기를 가져올 때)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="193"/>
        <source>an owner who is no officer here: refuse the row (default), leave the owner empty, create the officer (admins), or stop the import storing nothing</source>
        <translation>이곳의 담당관이 아닌 담당자: 행을 거부(기본값), 담당자를 비움, 담당관을 만듦(관리자), 또는 아무것도 저장하지 않고 가져오기를 멈춤</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="203"/>
        <source>itinerary, members: the delegation they belong to; investors: also make each one of its investors to meet (id, or a part of the title only it has)</source>
        <translation>itinerary, members: 소속 투자유치단. investors: 각 투자가를 그 투자유치단의 면담 대상으로도 지정 (ID, 또는 그 투자유치단만 가진 제목의 일부)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="213"/>
        <source>contacts, projects, interactions: the investor the rows belong to when they do not name it, e.g. a profile workbook&apos;s sheets (id or unambiguous name)</source>
        <translation>contacts, projects, interactions: 행에 투자가가 적혀 있지 않을 때 행이 속한 투자가, 예: 프로필 통합문서의 시트 (ID 또는 하나로 특정되는 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="92"/>
        <source>database upkeep: upgrade, check, backup, restore</source>
        <translation>데이터베이스 관리: 업그레이드, 점검, 백업, 복원</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="94"/>
        <source>db commands</source>
        <translation>db 명령</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="99"/>
        <source>migrate the database to the newest schema (backs up first)</source>
        <translation>데이터베이스를 최신 스키마로 옮깁니다 (먼저 백업)</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="105"/>
        <source>report schema version and integrity; non-zero exit when not healthy</source>
        <translation>스키마 버전과 무결성을 알려 줍니다. 정상이 아니면 0이 아닌 종료 코드</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="107"/>
        <source>write a consistent copy of the database</source>
        <translation>데이터베이스의 일관된 사본을 씁니다</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="112"/>
        <source>where to write it: FILE.sqlite3, or FILE.dump on a server (default: the backups folder beside the database)</source>
        <translation>쓸 위치: FILE.sqlite3, 서버에서는 FILE.dump (기본값: 데이터베이스 옆 백업 폴더)</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="122"/>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>데이터베이스를 백업으로 바꿉니다 (현재 데이터베이스는 보관)</translation>
    </message>
    <message>
        <location filename="../../commands/pack_reports.py" line="16"/>
        <source>list the reports of merged mission packs, or show one (its id or the first characters)</source>
        <translation>병합된 출장 팩의 보고서 목록, 또는 그중 하나 (ID 또는 그 앞 글자)</translation>
    </message>
    <message>
        <location filename="../../commands/pack_reports.py" line="18"/>
        <source>the report to show in full</source>
        <translation>전체를 보여 줄 보고서</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="103"/>
        <source>show who is signed in, with which role, on which database</source>
        <translation>로그인한 사람과 역할, 데이터베이스를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="106"/>
        <source>users and their roles (admins only)</source>
        <translation>사용자와 역할 (관리자 전용)</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="109"/>
        <source>officer commands</source>
        <translation>담당관 명령</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="111"/>
        <source>list the officers</source>
        <translation>담당관 목록</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="112"/>
        <source>include deactivated officers</source>
        <translation>비활성화된 담당관 포함</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="118"/>
        <source>register an officer (their login is their server user)</source>
        <translation>담당관을 등록합니다 (로그인은 서버 사용자 이름)</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="121"/>
        <source>name as shown (Korean)</source>
        <translation>표시 이름 (한국어)</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="123"/>
        <source>office code: the officer&apos;s team</source>
        <translation>사무소 코드: 담당관의 팀</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="129"/>
        <source>on a server: the new login&apos;s password, the first line of F (else asked)</source>
        <translation>서버에서: 새 로그인의 비밀번호, F 파일의 첫 줄 (없으면 묻습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="131"/>
        <source>change an officer&apos;s role</source>
        <translation>담당관의 역할을 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="135"/>
        <source>stop an officer from making changes</source>
        <translation>담당관이 변경하지 못하게 합니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="92"/>
        <source>my tasks and follow-ups</source>
        <translation>내 할 일과 후속 조치</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="93"/>
        <source>task commands</source>
        <translation>할 일 명령</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="94"/>
        <source>my open tasks, overdue first</source>
        <translation>진행 중인 내 할 일, 기한이 지난 것 먼저</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="95"/>
        <source>only the overdue ones</source>
        <translation>기한이 지난 것만</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="100"/>
        <source>whose: mine (default), my office&apos;s, everyone&apos;s (admins and leaders)</source>
        <translation>누구의 할 일: 내 것(기본값), 우리 사무소, 전체(관리자와 팀장)</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="102"/>
        <source>done and cancelled ones too</source>
        <translation>완료·취소된 것도</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="105"/>
        <source>create a task (for you, or --assignee)</source>
        <translation>할 일을 만듭니다 (본인 또는 --assignee에게)</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="108"/>
        <source>an active officer&apos;s login (default: you)</source>
        <translation>활성 담당관의 로그인 (기본값: 본인)</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="112"/>
        <location filename="../../commands/tasks.py" line="119"/>
        <location filename="../../commands/tasks.py" line="127"/>
        <source>print the task as JSON</source>
        <translation>할 일을 JSON으로 출력</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="113"/>
        <source>change a task&apos;s title, due date, assignee or notes</source>
        <translation>할 일의 제목, 기한, 담당관, 메모를 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="117"/>
        <source>an active officer&apos;s login</source>
        <translation>활성 담당관의 로그인</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="118"/>
        <source>&apos;&apos; clears them</source>
        <translation>&apos;&apos;는 지웁니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="121"/>
        <source>mark a task done</source>
        <translation>할 일을 완료로 표시합니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="122"/>
        <source>cancel a task</source>
        <translation>할 일을 취소합니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="123"/>
        <source>open a done or cancelled task again</source>
        <translation>완료·취소된 할 일을 다시 엽니다</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1"/>
        <source>interrupted</source>
        <translation>중단되었습니다</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1"/>
        <source> (details in {log})</source>
        <translation> (자세한 내용: {log})</translation>
    </message>
    <message>
        <location filename="../../cli.py" line="1"/>
        <source>unexpected error: {kind}: {summary}{where}</source>
        <translation>예기치 않은 오류: {kind}: {summary}{where}</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="135"/>
        <source>pre-flight check: list each Korean-only text an English pack leaves out under its kind&apos;s line (by default one line per kind)</source>
        <translation>사전 점검: 영문 자료에서 빠지는 한국어 전용 텍스트를 종류별 줄 아래에 하나하나 나열 (기본: 종류별로 한 줄)</translation>
    </message>
</context>
<context>
    <name>commands.audit</name>
    <message>
        <location filename="../../commands/audit.py" line="42"/>
        <source>{chain}: {entries:,} entries, chain intact</source>
        <translation>{chain}: 기록 {entries:,}건, 체인 이상 없음</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="78"/>
        <source>{month}: no accesses recorded.</source>
        <translation>{month}: 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="91"/>
        <source>Removed {removed:,} access-log entries older than the retention period ({days} days).</source>
        <translation>보관 기간({days}일)이 지난 접속기록 {removed:,}건을 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="106"/>
        <source>Access-log retention: {days} days</source>
        <translation>접속기록 보관 기간: {days}일</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>officer</source>
        <translation>담당관</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>views</source>
        <translation>조회</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>prints</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>contacts out</source>
        <translation>반출 연락처</translation>
    </message>
    <message>
        <location filename="../../commands/audit.py" line="1"/>
        <source>usual</source>
        <translation>월평균</translation>
    </message>
</context>
<context>
    <name>commands.backups</name>
    <message>
        <location filename="../../commands/backups.py" line="34"/>
        <source>{count} backups, {total} in all; the newest {kept} automatic ones are kept (kotra-invest backups keep N).</source>
        <translation>백업 {count}개, 합계 {total}; 자동 백업은 최근 {kept}개를 보관합니다 (kotra-invest backups keep N).</translation>
    </message>
    <message>
        <location filename="../../commands/backups.py" line="54"/>
        <source>The newest {count} automatic backups will be kept (now {total} in all; trimmed at the next backup).</source>
        <translation>자동 백업을 최근 {count}개까지 보관합니다 (지금 합계 {total}; 다음 백업 때 정리됩니다).</translation>
    </message>
</context>
<context>
    <name>commands.briefing</name>
    <message>
        <location filename="../../commands/briefing.py" line="21"/>
        <source>Wrote {written}</source>
        <translation>작성했습니다: {written}</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="42"/>
        <source>Pre-flight check: {serious} to look at, {notes} to note</source>
        <translation>사전 점검: 확인할 내용 {serious}건, 참고 {notes}건</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="44"/>
        <source>Pre-flight check: {serious} to look at</source>
        <translation>사전 점검: 확인할 내용 {serious}건</translation>
    </message>
    <message>
        <location filename="../../commands/briefing.py" line="53"/>
        <source>(Korean-only texts: one line per kind; --all-problems lists each one)</source>
        <translation>(한국어로만 된 텍스트는 종류별로 한 줄에 묶었습니다. 하나하나 보려면 --all-problems)</translation>
    </message>
</context>
<context>
    <name>commands.cases</name>
    <message>
        <location filename="../../commands/cases.py" line="66"/>
        <source>{count} case(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="93"/>
        <source>Received</source>
        <translation>접수했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="128"/>
        <source>Updated</source>
        <translation>고쳤습니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="135"/>
        <source>Acknowledged</source>
        <translation>착수했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="143"/>
        <source>Resolved</source>
        <translation>해결했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/cases.py" line="162"/>
        <source>cases: acknowledge within {case_acknowledge_days} days, resolve within {case_resolve_days}; enquiries: acknowledge within {enquiry_acknowledge_days} days, answer within {enquiry_answer_days}</source>
        <translation>고충 착수 {case_acknowledge_days}일, 해결 {case_resolve_days}일; 문의 착수 {enquiry_acknowledge_days}일, 답변 {enquiry_answer_days}일</translation>
    </message>
</context>
<context>
    <name>commands.contacts</name>
    <message>
        <location filename="../../commands/contacts.py" line="37"/>
        <source>{name}: no contacts.</source>
        <translation>{name}: 상대 담당자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>commands.dashboard</name>
    <message>
        <location filename="../../commands/dashboard.py" line="40"/>
        <source>{year}: notified (신고) {notified} · arrived (도착) {arrived}</source>
        <translation>{year}년: 신고 {notified} · 도착 {arrived}</translation>
    </message>
    <message>
        <location filename="../../commands/dashboard.py" line="1"/>
        <source>delegations: {counted} of {target}</source>
        <translation>투자유치단: {target}건 중 {counted}건</translation>
    </message>
</context>
<context>
    <name>commands.db</name>
    <message>
        <location filename="../../commands/db.py" line="18"/>
        <source>Already up to date ({after}).</source>
        <translation>이미 최신입니다 ({after}).</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="20"/>
        <source>empty</source>
        <translation>빈 데이터베이스</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="21"/>
        <source>Upgraded: {before} → {after}</source>
        <translation>업그레이드했습니다: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="24"/>
        <source>Now run &apos;kotra-invest server init&apos;.</source>
        <translation>이제 &apos;kotra-invest server init&apos;을 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="61"/>
        <source>Backed up to {target}</source>
        <translation>백업했습니다: {target}</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="71"/>
        <source>Restored from {file} (the previous content is kept in {previous})</source>
        <translation>복원했습니다: {file} (이전 내용은 {previous}에 보관했습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="83"/>
        <source>Restored from {file}</source>
        <translation>복원했습니다: {file}</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="77"/>
        <source>Restored from {file} into a new database: {path}</source>
        <translation>복원했습니다: {file} → 새 데이터베이스 {path}</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>search index: missing {name}</source>
        <translation>검색 색인: {name} 없음</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>database: {where}</source>
        <translation>데이터베이스: {where}</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>schema: {state} ({revision}; newest known {newest})</source>
        <translation>스키마: {state} ({revision}, 알려진 최신 버전 {newest})</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>integrity: DAMAGED</source>
        <translation>무결성: 손상됨</translation>
    </message>
    <message>
        <location filename="../../commands/db.py" line="1"/>
        <source>integrity: ok</source>
        <translation>무결성: 정상</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>current</source>
        <translation>최신</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>outdated</source>
        <translation>업그레이드 필요</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>newer than this program</source>
        <translation>이 프로그램보다 새로움</translation>
    </message>
</context>
<context>
    <name>commands.delegations</name>
    <message>
        <location filename="../../commands/delegations.py" line="24"/>
        <source>{count} delegation(s)</source>
        <translation>{count}건</translation>
    </message>
</context>
<context>
    <name>commands.demo</name>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>officers</source>
        <translation>담당관</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>contact persons</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>FEZ promotion events</source>
        <translation>경제자유구역 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>search index</source>
        <translation>검색 색인</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>Creating demo data…</source>
        <translation>데모 데이터를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/demo.py" line="1"/>
        <source>demo data: {investors} investors, {contacts} contacts, {projects} projects, {interactions} interactions, {tasks} tasks, {delegations} delegations, {promotion_events} FEZ promotion events in {seconds:.1f} s</source>
        <translation>데모 데이터: 투자가 {investors}곳, 상대 담당자 {contacts}명, 프로젝트 {projects}건, 면담 {interactions}건, 할 일 {tasks}건, 투자유치단 {delegations}개, 경제자유구역 홍보 행사 {promotion_events}건 ({seconds:.1f}초)</translation>
    </message>
</context>
<context>
    <name>commands.documents</name>
    <message>
        <location filename="../../commands/documents.py" line="70"/>
        <source>Attached to {label}: {value}</source>
        <translation>첨부했습니다 ({label}): {value}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="74"/>
        <source>  A document-DRM ({drm}) file: it cannot be previewed or searched.</source>
        <translation>  문서보안(DRM, {drm}) 파일입니다: 미리 보거나 내용을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="87"/>
        <source>{label}: no documents.</source>
        <translation>{label}: 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="98"/>
        <source>Saved: {target}</source>
        <translation>저장했습니다: {target}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="111"/>
        <source>Replaced (the old version is kept): {value}</source>
        <translation>새 판으로 바꿨습니다 (이전 판은 보관): {value}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="122"/>
        <source>Restored: {document_id}</source>
        <translation>되살렸습니다: {document_id}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="124"/>
        <source>Deleted (undo: documents restore {document_id})</source>
        <translation>삭제했습니다 (되살리기: documents restore {document_id})</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="147"/>
        <source>Largest file accepted: {value:.1f} MB</source>
        <translation>한 파일의 최대 크기: {value:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="167"/>
        <source>Imported before, and its meeting {meeting_id} was deleted: it is restored with {count} document(s).</source>
        <translation>이미 가져왔다가 면담 기록 {meeting_id}이(가) 삭제된 이메일입니다: 문서 {count}건과 함께 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="180"/>
        <source>Already imported (meeting {meeting_id}): nothing new.</source>
        <translation>이미 가져온 이메일입니다 (면담 기록 {meeting_id}): 새로 만든 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="188"/>
        <source>Imported the e-mail as a meeting: {subject} — {value}, {when}{zone} — {meeting_id}</source>
        <translation>이메일을 면담 기록으로 가져왔습니다: {subject} — {value}, {when}{zone} — {meeting_id}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="175"/>
        <location filename="../../commands/documents.py" line="196"/>
        <source>  document: {value}</source>
        <translation>  문서: {value}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="200"/>
        <source>    A document-DRM ({drm}) file: it cannot be previewed or searched.</source>
        <translation>    문서보안(DRM, {drm}) 파일입니다: 미리 보거나 내용을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="205"/>
        <source>  matched contact: {address}</source>
        <translation>  연락처와 일치: {address}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="210"/>
        <source>  added as new contacts: {join}</source>
        <translation>  새 연락처로 추가: {join}</translation>
    </message>
    <message>
        <location filename="../../commands/documents.py" line="216"/>
        <source>  unknown addresses (--add-contacts adds them as contacts): {join}</source>
        <translation>  모르는 주소 (--add-contacts로 연락처에 추가): {join}</translation>
    </message>
</context>
<context>
    <name>commands.enquiries</name>
    <message>
        <location filename="../../commands/enquiries.py" line="42"/>
        <source>{count} enquiry(ies)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="78"/>
        <source>Received</source>
        <translation>접수했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="98"/>
        <source>Updated</source>
        <translation>고쳤습니다</translation>
    </message>
    <message>
        <location filename="../../commands/enquiries.py" line="105"/>
        <source>Answered</source>
        <translation>답변을 기록했습니다</translation>
    </message>
</context>
<context>
    <name>commands.export</name>
    <message>
        <location filename="../../commands/export.py" line="105"/>
        <source>Wrote {count:,} rows to {path}</source>
        <translation>{count:,}행을 썼습니다: {path}</translation>
    </message>
</context>
<context>
    <name>commands.fdi</name>
    <message>
        <location filename="../../commands/fdi.py" line="30"/>
        <source>{year}: notified USD {notified_usd:,} · arrived USD {arrived_usd:,} (country by: {country_basis_label})</source>
        <translation>{year}년 신고 USD {notified_usd:,} · 도착 USD {arrived_usd:,} (국가 기준: {country_basis_label})</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="42"/>
        <source>  rate {currency} {on_date}: 1 USD = {units_per_usd}</source>
        <translation>  환율 {currency} {on_date}: 1달러 = {units_per_usd}</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="50"/>
        <source>  no rate, left out: {currency} {amount:,} ({on_date})</source>
        <translation>  환율 없음, 합계 제외: {currency} {amount:,} ({on_date})</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="56"/>
        <source>Written: {xlsx}</source>
        <translation>저장했습니다: {xlsx}</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="86"/>
        <source>Saved: {currency} {on_date} 1 USD = {units_per_usd}</source>
        <translation>저장했습니다: {currency} {on_date} 1달러 = {units_per_usd}</translation>
    </message>
    <message>
        <location filename="../../commands/fdi.py" line="104"/>
        <source>Imported {count} rates.</source>
        <translation>환율 {count}건을 가져왔습니다.</translation>
    </message>
</context>
<context>
    <name>commands.history</name>
    <message>
        <location filename="../../commands/history.py" line="44"/>
        <source>Restored (now version {version}).</source>
        <translation>되돌렸습니다 (버전 {version}).</translation>
    </message>
</context>
<context>
    <name>commands.imports</name>
    <message>
        <location filename="../../commands/imports.py" line="63"/>
        <source>Mapping remembered: {saved}</source>
        <translation>열 매핑을 기억했습니다: {saved}</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="78"/>
        <source>[dry run: nothing was saved]</source>
        <translation>[시험 실행: 아무것도 저장하지 않았습니다]</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="81"/>
        <source>{file_name}: {rows_read:,} rows — created {created:,}, updated {updated:,}, skipped as duplicates {dup_skipped:,}, failed {failed:,}</source>
        <translation>{file_name}: {rows_read:,}행 — 추가 {created:,}, 갱신 {updated:,}, 중복으로 건너뜀 {dup_skipped:,}, 오류 {failed:,}</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="95"/>
        <source>contact persons</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="96"/>
        <source>projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="97"/>
        <source>last meetings</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="98"/>
        <source>new investors</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="99"/>
        <source>new officer accounts</source>
        <translation>새 직원 계정</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="100"/>
        <source>the delegation&apos;s investors to meet</source>
        <translation>투자유치단 면담 대상</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="106"/>
        <source>  {en_name}: created {made:,}, updated {changed:,}, skipped as duplicates {left:,}</source>
        <translation>  {ko_name}: 추가 {made:,}, 갱신 {changed:,}, 중복으로 건너뜀 {left:,}</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="117"/>
        <source>row {row}</source>
        <translation>{row}행</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="125"/>
        <source>  … (the full list with --json)</source>
        <translation>  … (전체 목록은 --json)</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="127"/>
        <source>Duplicates were skipped; choose with --on-duplicate skip|update|create.</source>
        <translation>중복 행은 건너뛰었습니다. --on-duplicate skip|update|create 로 처리 방법을 정하세요.</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="131"/>
        <source>Rows that failed, to fix and import again: {errors_file}</source>
        <translation>오류 행을 고쳐 다시 가져올 수 있는 파일: {errors_file}</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>Checking the file…</source>
        <translation>파일 검사 중…</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>name</source>
        <translation>같은 이름</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>similar name</source>
        <translation>비슷한 이름</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>website</source>
        <translation>같은 웹사이트·이메일 도메인</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>e-mail</source>
        <translation>같은 이메일 주소</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>same title</source>
        <translation>같은 제목</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>same meeting</source>
        <translation>같은 면담</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>updated</source>
        <translation>갱신함</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>created</source>
        <translation>새로 만듦</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="1"/>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
</context>
<context>
    <name>commands.incentives</name>
    <message>
        <location filename="../../commands/incentives.py" line="70"/>
        <source>{count} application(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="86"/>
        <source>Recorded</source>
        <translation>신청을 기록했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="98"/>
        <source>Updated</source>
        <translation>고쳤습니다</translation>
    </message>
    <message>
        <location filename="../../commands/incentives.py" line="107"/>
        <source>Status changed</source>
        <translation>상태를 바꿨습니다</translation>
    </message>
</context>
<context>
    <name>commands.investors</name>
    <message>
        <location filename="../../commands/investors.py" line="20"/>
        <source>{count} investor(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/investors.py" line="72"/>
        <source>Added {name} ({id})</source>
        <translation>등록했습니다: {name} ({id})</translation>
    </message>
</context>
<context>
    <name>commands.map</name>
    <message>
        <location filename="../../commands/map.py" line="41"/>
        <source>{figure_label}: not available (an empty map was saved)</source>
        <translation>{figure_label}: 자료 없음 (빈 지도를 저장했습니다)</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="44"/>
        <source>Map saved: {path}</source>
        <translation>지도를 저장했습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../commands/map.py" line="1"/>
        <source>no such folder</source>
        <translation>폴더가 없습니다</translation>
    </message>
</context>
<context>
    <name>commands.meetings</name>
    <message>
        <location filename="../../commands/meetings.py" line="32"/>
        <source>{count} meeting(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="67"/>
        <source>Logged: {summary} — {id}</source>
        <translation>기록했습니다: {summary} — {id}</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="69"/>
        <source>Follow-up task: {task_id}</source>
        <translation>후속 할 일: {task_id}</translation>
    </message>
    <message>
        <location filename="../../commands/meetings.py" line="102"/>
        <source>Updated: {summary}</source>
        <translation>고쳤습니다: {summary}</translation>
    </message>
</context>
<context>
    <name>commands.merge</name>
    <message>
        <location filename="../../commands/merge.py" line="65"/>
        <source>Merged {drop_name} into {keep_name} (moved: {summary})</source>
        <translation>병합했습니다: {drop_name} → {keep_name} (옮긴 기록: {summary})</translation>
    </message>
</context>
<context>
    <name>commands.milestones</name>
    <message>
        <location filename="../../commands/milestones.py" line="42"/>
        <source>{count} milestone(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="57"/>
        <source>Recorded</source>
        <translation>기록했습니다</translation>
    </message>
    <message>
        <location filename="../../commands/milestones.py" line="79"/>
        <source>Updated</source>
        <translation>고쳤습니다</translation>
    </message>
</context>
<context>
    <name>commands.officers</name>
    <message>
        <location filename="../../commands/officers.py" line="77"/>
        <source>Registered {new_login} ({role})</source>
        <translation>등록했습니다: {new_login} ({role})</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="95"/>
        <source>Deactivated {login}</source>
        <translation>비활성화했습니다: {login}</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="1"/>
        <source> (inactive)</source>
        <translation> (비활성)</translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="1"/>
        <source>Password for {login}: </source>
        <translation>{login} 담당관의 비밀번호: </translation>
    </message>
    <message>
        <location filename="../../commands/officers.py" line="1"/>
        <source>Again: </source>
        <translation>다시 입력: </translation>
    </message>
</context>
<context>
    <name>commands.pack_reports</name>
    <message>
        <location filename="../../commands/pack_reports.py" line="41"/>
        <source>No mission pack has been merged here.</source>
        <translation>병합한 출장 팩이 없습니다.</translation>
    </message>
</context>
<context>
    <name>commands.packs</name>
    <message>
        <location filename="../../commands/packs.py" line="62"/>
        <source>Wrote the mission pack {file} ({delegation_title}, {records:,} records)</source>
        <translation>출장 팩을 만들었습니다: {file} ({delegation_title}, 기록 {records:,}건)</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="87"/>
        <source>Mission pack for {delegation_title}, cut from {source} on {cut_at:%Y-%m-%d %H:%M} UTC by {cut_by}</source>
        <translation>{delegation_title} 출장 팩: {source}에서 {cut_at:%Y-%m-%d %H:%M} UTC에 {cut_by} 님이 만듦</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="121"/>
        <source>This pack was merged already; nothing to change.</source>
        <translation>이미 병합한 출장 팩입니다. 바꿀 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="171"/>
        <source>This is an older copy of a pack whose later state was merged already; nothing was changed.</source>
        <translation>이 출장 팩의 옛 사본입니다. 이 팩의 더 나중 상태를 이미 병합했으므로 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="143"/>
        <source>Dry run: nothing was changed.</source>
        <translation>시험 실행: 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="160"/>
        <source>Merged: {inserted:,} record(s) added, {updated_fields:,} field(s) changed, {count} conflict(s) resolved</source>
        <translation>병합했습니다: 기록 {inserted:,}건 추가, 항목 {updated_fields:,}개 변경, 충돌 {count}건 해결</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="171"/>
        <source>Merge report: kotra-invest pack reports {report_id}</source>
        <translation>병합 보고서: kotra-invest pack reports {report_id}</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>REFUSED</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>ALREADY HOME</source>
        <translation>이미 반영됨</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>ERASED</source>
        <translation>삭제 요청 — 복원 안 함</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>CHANGED</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../commands/_shared.py" line="1"/>
        <source>ADDED</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location filename="../../commands/pack_reports.py" line="1"/>
        <source>TWIN {entity} &apos;{pack_label}&apos; {record_id} / home &apos;{home_label}&apos; {home_id}: {reason}</source>
        <translation>중복 의심 {entity} &apos;{pack_label}&apos; {record_id} / 본부 &apos;{home_label}&apos; {home_id}: {reason}</translation>
    </message>
    <message>
        <location filename="../../commands/pack_reports.py" line="1"/>
        <source>CONFLICT {entity} &apos;{label}&apos; {field}: home {home} / pack {pack} -&gt; {choice}</source>
        <translation>충돌 {entity} &apos;{label}&apos; {field}: 본부 {home} / 팩 {pack} -&gt; {choice}</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>CONFLICT {entity} &apos;{label}&apos; {field}: home {home} ({home_by}) / pack {pack} ({pack_by})</source>
        <translation>충돌 {entity} &apos;{label}&apos; {field}: 본부 {home} ({home_by}) / 팩 {pack} ({pack_by})</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>{entity} would add {added:&gt;6,}   would change {changed:&gt;6,} field(s)</source>
        <translation>{entity} 추가 예정 {added:&gt;6,}건   변경 예정 항목 {changed:&gt;6,}개</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>{entity} add {added:&gt;6,}   change {changed:&gt;6,} field(s)</source>
        <translation>{entity} 추가 {added:&gt;6,}건   변경 항목 {changed:&gt;6,}개</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>Writing the mission pack…</source>
        <translation>출장 팩을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>Reading the mission pack…</source>
        <translation>출장 팩을 읽는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>Merging the mission…</source>
        <translation>출장 결과를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>CONFLICT</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>TWIN</source>
        <translation>중복 의심</translation>
    </message>
    <message>
        <location filename="../../commands/packs.py" line="1"/>
        <source>WARNING</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>commands.privacy</name>
    <message>
        <location filename="../../commands/privacy.py" line="28"/>
        <source>The contact&apos;s personal data has been erased.</source>
        <translation>연락처의 개인정보를 삭제했습니다.</translation>
    </message>
</context>
<context>
    <name>commands.projects</name>
    <message>
        <location filename="../../commands/projects.py" line="53"/>
        <source>{count} meeting(s), {count2} task(s)</source>
        <translation>면담 {count}건, 할 일 {count2}건</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="76"/>
        <source>{title}: {kind_label} {amount:,} {currency} on {on_date} recorded — {id}</source>
        <translation>{title}: {kind_label} {amount:,} {currency} ({on_date}) 기록 — {id}</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="97"/>
        <source>{count} amount(s)</source>
        <translation>{count}건</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="108"/>
        <source>Removed {amount_id}</source>
        <translation>삭제했습니다: {amount_id}</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="125"/>
        <source>Wrote {rows:,} projects to {file}</source>
        <translation>프로젝트 {rows:,}건을 저장했습니다: {file}</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="165"/>
        <source>{count}{more} project(s)</source>
        <translation>{count}건{more}</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="188"/>
        <source>{title}: {stage} since {since}</source>
        <translation>{title}: {stage} ({since})</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="1"/>
        <source>Writing the workbook…</source>
        <translation>통합문서를 쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="1"/>
        <source> since {date}</source>
        <translation> ({date}부터)</translation>
    </message>
    <message>
        <location filename="../../commands/projects.py" line="1"/>
        <source> + {total:,} {currency} (not converted)</source>
        <translation> + {total:,} {currency} (환산 안 됨)</translation>
    </message>
</context>
<context>
    <name>commands.recommend</name>
    <message>
        <location filename="../../commands/recommend.py" line="44"/>
        <source>Dismissed for this delegation: {name}</source>
        <translation>이 유치단 추천에서 뺐습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="55"/>
        <source>{count} recommendation(s)</source>
        <translation>추천 {count}곳</translation>
    </message>
    <message>
        <location filename="../../commands/recommend.py" line="85"/>
        <source>{name}: HQ {value} · Korean sites {value2}</source>
        <translation>{name}: 본사 {value} · 국내 사업장 {value2}</translation>
    </message>
</context>
<context>
    <name>commands.search</name>
    <message>
        <location filename="../../commands/search.py" line="22"/>
        <source>{count} match(es)</source>
        <translation>{count}건</translation>
    </message>
</context>
<context>
    <name>commands.server</name>
    <message>
        <location filename="../../commands/server.py" line="37"/>
        <source>audit triggers installed</source>
        <translation>감사 트리거 설치됨</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="39"/>
        <source>no audit triggers in this version</source>
        <translation>감사 트리거 없음 (이 버전에 없음)</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="43"/>
        <source>Server rules installed (owner {owner}): group roles, grants, row-level security; {audit}.</source>
        <translation>서버 규칙을 설치했습니다 (소유자 {owner}): 그룹 역할, 권한, 행 수준 보안; {audit}.</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="1"/>
        <source>server: {url} (PostgreSQL {version})</source>
        <translation>서버: {url} (PostgreSQL {version})</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="1"/>
        <source>schema: {state} ({revision}; this program: {expected})</source>
        <translation>스키마: {state} ({revision}, 이 프로그램: {expected})</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="1"/>
        <source> (no officer record)</source>
        <translation> (담당관 기록 없음)</translation>
    </message>
    <message>
        <location filename="../../commands/server.py" line="1"/>
        <source>signed in as: {login} — {role}{known}</source>
        <translation>로그인: {login} — {role}{known}</translation>
    </message>
</context>
<context>
    <name>commands.synonyms</name>
    <message>
        <location filename="../../commands/synonyms.py" line="34"/>
        <source>{name} → {code}: imports read this name now.</source>
        <translation>{name} → {code}: 가져오기에서 이 이름을 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../commands/synonyms.py" line="45"/>
        <source>{name} no longer means {code}.</source>
        <translation>{name}은(는) 더 이상 {code}가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>commands.tasks</name>
    <message>
        <location filename="../../commands/tasks.py" line="33"/>
        <source>Created</source>
        <translation>만들었습니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="54"/>
        <source>Updated</source>
        <translation>고쳤습니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="65"/>
        <source>Status changed</source>
        <translation>상태를 바꿨습니다</translation>
    </message>
    <message>
        <location filename="../../commands/tasks.py" line="84"/>
        <source>{count} task(s)</source>
        <translation>할 일 {count}건</translation>
    </message>
</context>
<context>
    <name>domain.aftercare_models</name>
    <message>
        <location filename="../../domain/aftercare_models.py" line="109"/>
        <source>Tax</source>
        <translation>조세</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="110"/>
        <source>Investment procedure</source>
        <translation>투자 절차</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="111"/>
        <source>Labour</source>
        <translation>노무</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="112"/>
        <source>Legal / regulatory</source>
        <translation>법률·규제</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="113"/>
        <source>Building / construction</source>
        <translation>건축·입지</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="114"/>
        <source>Finance</source>
        <translation>금융</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="115"/>
        <source>Customs</source>
        <translation>통관</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="116"/>
        <source>Living / settling in</source>
        <translation>생활·정주</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="117"/>
        <source>Import / export</source>
        <translation>수출입</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="120"/>
        <source>Received</source>
        <comment>received</comment>
        <translation>접수</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="121"/>
        <source>Acknowledged</source>
        <comment>acknowledged</comment>
        <translation>처리 중</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="122"/>
        <source>Resolved</source>
        <comment>resolved</comment>
        <translation>해결</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="123"/>
        <location filename="../../domain/aftercare_models.py" line="144"/>
        <source>Withdrawn</source>
        <translation>취하</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="126"/>
        <source>Cash grant</source>
        <translation>현금지원</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="127"/>
        <source>Foreign investment zone rent relief</source>
        <translation>외국인투자지역 임대료 감면</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="128"/>
        <source>Customs relief</source>
        <translation>관세 감면</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="129"/>
        <source>Local-tax relief</source>
        <translation>지방세 감면</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="130"/>
        <source>Job subsidy</source>
        <translation>고용보조금</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="131"/>
        <source>Training subsidy</source>
        <translation>교육훈련보조금</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="132"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="135"/>
        <source>Ministry</source>
        <translation>중앙부처</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="136"/>
        <source>Local government</source>
        <translation>지방자치단체</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="137"/>
        <source>FEZ authority</source>
        <translation>경제자유구역청</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="140"/>
        <source>Applied</source>
        <comment>applied</comment>
        <translation>신청</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="141"/>
        <source>Approved</source>
        <comment>approved</comment>
        <translation>승인</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="142"/>
        <source>Paid</source>
        <comment>paid</comment>
        <translation>지급</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="143"/>
        <source>Rejected</source>
        <translation>불승인</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="145"/>
        <source>Clawed back</source>
        <translation>환수</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="148"/>
        <source>Remittance</source>
        <translation>투자자금 송금</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="149"/>
        <source>Incorporation</source>
        <translation>법인 설립</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="150"/>
        <source>Business registration</source>
        <translation>사업자 등록</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="151"/>
        <source>Registration as a foreign-invested company</source>
        <translation>외국인투자기업 등록</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="152"/>
        <source>National-security review</source>
        <translation>국가안보 심사</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="155"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="156"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="157"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="158"/>
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="159"/>
        <source>Korea Business Center</source>
        <translation>해외무역관</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="160"/>
        <source>Referral</source>
        <translation>소개</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="161"/>
        <source>Walk-in</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="164"/>
        <source>High</source>
        <translation>높음</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="165"/>
        <source>Normal</source>
        <translation>보통</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="166"/>
        <source>Low</source>
        <translation>낮음</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="248"/>
        <source>{field}: this status needs its date.</source>
        <translation>{field} 상태에는 그 날짜가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="249"/>
        <source>{field} cannot be before the day it was received.</source>
        <translation>{field}은(는) 접수일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="250"/>
        <source>{field} is before the date of the step before it.</source>
        <translation>{field}이(가) 앞 단계의 날짜보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="251"/>
        <source>Choose an investor or type the name of the company that asked.</source>
        <translation>투자가를 고르거나 문의한 회사 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="254"/>
        <source>This application is already {value}, so it cannot be marked {target}; edit its status instead.</source>
        <translation>이 신청은 이미 &apos;{value}&apos; 상태여서 &apos;{target}&apos;(으)로 옮길 수 없습니다. 상태를 직접 고치세요.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="258"/>
        <source>Only a national-security review has an end date.</source>
        <translation>종료일은 국가안보 심사에만 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="259"/>
        <source>A target is 1 to 365 days: {value}</source>
        <translation>목표 처리일수는 1~365일이어야 합니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="268"/>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="269"/>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="270"/>
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="271"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="272"/>
        <source>Received</source>
        <comment>received_on</comment>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="273"/>
        <source>Acknowledged</source>
        <comment>acknowledged_on</comment>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="274"/>
        <source>Resolved</source>
        <comment>resolved_on</comment>
        <translation>해결일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="275"/>
        <source>Resolution</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="276"/>
        <source>Policy-improvement proposal</source>
        <translation>제도개선 건의</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="277"/>
        <source>Incentive type</source>
        <translation>인센티브 종류</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="278"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="279"/>
        <source>Applied</source>
        <comment>applied_on</comment>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="280"/>
        <source>Approved</source>
        <comment>approved_on</comment>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="281"/>
        <source>Paid</source>
        <comment>paid_on</comment>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="282"/>
        <source>Jobs to create</source>
        <translation>고용 조건(명)</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="283"/>
        <source>Years to keep</source>
        <translation>유지 기간(년)</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="284"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="285"/>
        <source>Ended</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="286"/>
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="287"/>
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../domain/aftercare_models.py" line="288"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
</context>
<context>
    <name>domain.document_models</name>
    <message>
        <location filename="../../domain/document_models.py" line="127"/>
        <source>The file is too large: {name} ({size_mb} MB). A file may be at most {limit_mb} MB.</source>
        <translation>파일이 너무 큽니다: {name} ({size_mb} MB). 한 파일은 {limit_mb} MB까지 첨부할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="131"/>
        <source>An empty file cannot be attached: {name}</source>
        <translation>빈 파일은 첨부할 수 없습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="132"/>
        <source>Cannot read the file: {name} ({reason})</source>
        <translation>파일을 읽을 수 없습니다: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="133"/>
        <source>The stored document is damaged (its content does not match its hash): {name}</source>
        <translation>저장된 문서가 손상되었습니다 (내용이 해시와 다릅니다): {name}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="136"/>
        <source>Documents cannot be attached to a {value} (possible: {kinds})</source>
        <translation>문서를 첨부할 수 없는 기록 종류입니다: {value} (가능: {kinds})</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="137"/>
        <source>Cannot read the e-mail file: {name} ({reason})</source>
        <translation>이메일 파일을 읽을 수 없습니다: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="138"/>
        <source>None of this e-mail&apos;s people is a known contact of one investor: say which record it belongs to (--to, or drop it on the investor&apos;s window).</source>
        <translation>이 이메일의 상대가 어느 투자가의 연락처인지 알 수 없습니다. 기록을 지정하세요 (--to 또는 투자가 창에 끌어 놓기).</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="142"/>
        <source>{record} has no investor, and none of this e-mail&apos;s people is a known contact of one: drop the e-mail on the investor&apos;s window (or give the investor with --to).</source>
        <translation>{record}에는 투자가가 없고 이 이메일의 상대 중 한 투자가의 연락처로 알려진 사람도 없습니다: 이메일을 투자가 창에 끌어 놓으세요 (또는 --to로 투자가 지정).</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="146"/>
        <source>Not imported: no sender, recipient or date can be read in this e-mail file: {name}</source>
        <translation>이메일의 보낸 사람·받는 사람·날짜를 하나도 읽을 수 없어 가져오지 않았습니다: {name}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="150"/>
        <source>The limit is a number of MB above zero: {value}</source>
        <translation>한도는 0보다 큰 MB 수여야 합니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="151"/>
        <source>Cannot write the file: {name} ({reason})</source>
        <translation>파일을 쓸 수 없습니다: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="152"/>
        <source>That is a folder: give the name of a file to save to: {name}</source>
        <translation>폴더입니다. 저장할 파일 이름을 지정하세요: {name}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="155"/>
        <source>An e-mail file is a .msg or an .eml: {name}</source>
        <translation>이메일 파일은 .msg 또는 .eml이어야 합니다: {name}</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="161"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="163"/>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../domain/document_models.py" line="164"/>
        <source>investor, project or delegation</source>
        <translation>투자가·프로젝트·유치단</translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <location filename="../../domain/enums.py" line="162"/>
        <source>Mega-region</source>
        <translation>5극</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="163"/>
        <source>Special province</source>
        <translation>3특</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="166"/>
        <source>Large enterprise</source>
        <translation>대기업</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="167"/>
        <source>Mid-sized company</source>
        <translation>중견기업</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="168"/>
        <source>SME</source>
        <translation>중소기업</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="169"/>
        <source>Start-up</source>
        <translation>스타트업</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="172"/>
        <source>Greenfield</source>
        <translation>그린필드</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="173"/>
        <source>M&amp;A</source>
        <translation>M&amp;A</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="176"/>
        <source>New</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="177"/>
        <source>Additional (existing investor)</source>
        <translation>증액</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="180"/>
        <source>Direct investor&apos;s country</source>
        <translation>직접투자자 국적</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="181"/>
        <source>Ultimate parent&apos;s country</source>
        <translation>최종모기업 국적</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="184"/>
        <source>Open</source>
        <comment>StageKind</comment>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="185"/>
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="186"/>
        <source>On hold / lost</source>
        <translation>보류·실패</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="188"/>
        <source>Notified (pledged)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="188"/>
        <source>Arrived</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="190"/>
        <location filename="../../domain/enums.py" line="209"/>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="191"/>
        <source>Call</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="192"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="193"/>
        <location filename="../../domain/enums.py" line="211"/>
        <source>Site visit</source>
        <translation>현장 방문</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="194"/>
        <source>IR event</source>
        <translation>IR 행사</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="197"/>
        <source>Open</source>
        <comment>TaskStatus</comment>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="198"/>
        <location filename="../../domain/enums.py" line="205"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="199"/>
        <location filename="../../domain/enums.py" line="206"/>
        <source>Cancelled</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="202"/>
        <source>Planning</source>
        <translation>기획</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="203"/>
        <location filename="../../domain/enums.py" line="223"/>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="204"/>
        <source>Travelling</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="210"/>
        <source>IR seminar</source>
        <translation>IR 설명회</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="212"/>
        <source>Travel</source>
        <translation>이동</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="213"/>
        <location filename="../../domain/enums.py" line="219"/>
        <source>Other</source>
        <translation>기타</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="216"/>
        <source>Local government</source>
        <translation>지방자치단체</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="217"/>
        <source>FEZ authority</source>
        <translation>경제자유구역청</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="218"/>
        <source>Agency</source>
        <translation>기관</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="222"/>
        <source>Proposed</source>
        <translation>제안</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="224"/>
        <source>Met</source>
        <translation>면담 완료</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="225"/>
        <source>Declined</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="228"/>
        <source>Given</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="229"/>
        <source>Not asked</source>
        <translation>미확인</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="230"/>
        <source>Withdrawn</source>
        <translation>철회</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="233"/>
        <source>IR session</source>
        <translation>IR 설명회</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="234"/>
        <source>Exhibition booth</source>
        <translation>전시회 공동관</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="235"/>
        <source>Summit</source>
        <translation>서밋</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="236"/>
        <source>Webinar</source>
        <translation>웨비나</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="239"/>
        <source>Headquarters</source>
        <translation>본사</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="240"/>
        <source>Regional headquarters</source>
        <translation>지방지원본부</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="241"/>
        <source>Korea Business Center (KBC)</source>
        <translation>해외무역관 (KBC)</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="244"/>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="245"/>
        <source>Officer</source>
        <translation>담당관</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="246"/>
        <source>Delegation leader</source>
        <translation>유치단장</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="247"/>
        <source>Viewer</source>
        <translation>열람자</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="250"/>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="251"/>
        <source>Changed</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="252"/>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="253"/>
        <source>Restored</source>
        <translation>복원</translation>
    </message>
    <message>
        <location filename="../../domain/enums.py" line="254"/>
        <source>Personal data erased</source>
        <translation>개인정보 삭제</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message>
        <location filename="../../domain/errors.py" line="15"/>
        <source>{field} is required.</source>
        <translation>{field} 항목은 필수입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="16"/>
        <source>{field} may not be longer than {max} characters.</source>
        <translation>{field} 항목은 {max}자를 넘을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="17"/>
        <source>{field} has an invalid value: {value}</source>
        <translation>{field} 값이 올바르지 않습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="18"/>
        <source>{field} must not be negative.</source>
        <translation>{field}은(는) 0 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="19"/>
        <source>{field} is too large: {value}</source>
        <translation>{field} 값이 너무 큽니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="20"/>
        <source>{field} must be more than zero.</source>
        <translation>{field} 금액은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="21"/>
        <source>{field} must be between 1900 and 2100: {value}</source>
        <translation>{field}: 1900년부터 2100년 사이여야 합니다 ({value})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="22"/>
        <source>A currency is an ISO 4217 code such as USD or KRW: {value}</source>
        <translation>통화 코드는 ISO 4217의 영문 3자리(예: USD, KRW)여야 합니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="23"/>
        <source>USD needs no rate (1 USD = 1 USD).</source>
        <translation>USD는 환율이 필요 없습니다 (1달러 = 1달러).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="24"/>
        <source>A rate is the currency&apos;s units per US dollar, a number above 0: {value}</source>
        <translation>환율은 1달러당 해당 통화 금액으로, 0보다 큰 숫자여야 합니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="25"/>
        <source>Cannot read the rates file: {reason}.</source>
        <translation>환율 파일을 읽을 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="26"/>
        <source>Rates file, line {line}: {reason} Nothing was saved.</source>
        <translation>환율 파일 {line}행: {reason} 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="27"/>
        <source>A weight is a number from -10 to 10 (e.g. 3, 0.5, -1): {value}</source>
        <translation>가중치는 -10부터 10 사이의 숫자여야 합니다(예: 3, 0.5, -1): {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="28"/>
        <source>A quarter is 1 to 4: {value}</source>
        <translation>분기는 1~4 사이여야 합니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="29"/>
        <source>Probability must be between 0 and 100.</source>
        <translation>가능성은 0~100 사이여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="30"/>
        <source>The end date cannot be before the start date.</source>
        <translation>종료일이 시작일보다 앞설 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="31"/>
        <source>Unknown time zone: {value}</source>
        <translation>알 수 없는 시간대입니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="32"/>
        <source>{value} does not exist on that city&apos;s clocks (the clocks go forward then).</source>
        <translation>{value}은(는) 서머타임 전환으로 그 도시의 시계에 없는 시각입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="35"/>
        <source>Not a valid e-mail address: {value}</source>
        <translation>이메일 주소 형식이 올바르지 않습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="36"/>
        <source>No {entity} found for: {key}</source>
        <translation>{entity}을(를) 찾을 수 없습니다: {key}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="37"/>
        <source>A record cannot be merged with itself.</source>
        <translation>같은 기록끼리는 병합할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="38"/>
        <source>The records changed after the merge; the merge cannot be undone.</source>
        <translation>병합한 뒤 기록이 바뀌어 병합을 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="40"/>
        <source>{drop} is a contact of {drop_investor} and {keep} of {keep_investor}: only two contacts of the same investor can be merged.</source>
        <translation>{drop}은(는) {drop_investor}, {keep}은(는) {keep_investor}의 연락처입니다: 같은 투자가의 연락처끼리만 병합할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="45"/>
        <source>{adviser} is a contact of no investor (an adviser) and {person} is at {investor}: an adviser can be merged only with another adviser.</source>
        <translation>{adviser}은(는) 투자가 없는 연락처(자문역)이고 {person}은(는) {investor}의 연락처입니다: 자문역은 다른 자문역과만 병합할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="39"/>
        <source>&apos;{key}&apos; matches several {entity} records: {candidates}</source>
        <translation>&apos;{key}&apos;에 해당하는 {entity}이(가) 여러 개입니다: {candidates}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="40"/>
        <source>Someone else changed this {entity} meanwhile. Reload it before saving.</source>
        <translation>다른 사용자가 이 {entity} 기록을 먼저 수정했습니다. 다시 불러온 뒤 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="41"/>
        <source>This {entity} has been deleted.</source>
        <translation>삭제된 {entity} 기록입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="42"/>
        <source>A confidential project needs a code name.</source>
        <translation>대외비 프로젝트에는 코드명이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="43"/>
        <source>Moving a project to &apos;lost&apos; needs a reason.</source>
        <translation>&apos;무산&apos; 단계로 옮기려면 사유를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="44"/>
        <source>Enter something to search for.</source>
        <translation>검색어를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="45"/>
        <source>Not a usable database URL: {value}</source>
        <translation>데이터베이스 주소가 올바르지 않습니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="46"/>
        <source>Cannot connect to the database ({url}): {reason}</source>
        <translation>데이터베이스에 연결할 수 없습니다 ({url}): {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="47"/>
        <source>This file holds another program&apos;s data, not a kotra-invest database: {path}</source>
        <translation>kotra-invest 데이터베이스가 아닌 파일입니다 (다른 프로그램의 데이터): {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="50"/>
        <source>Another task (an import?) is writing to the database; try again in a moment.</source>
        <translation>다른 작업(가져오기 등)이 데이터베이스를 쓰고 있습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="53"/>
        <source>The database file is damaged or not a database: {path}</source>
        <translation>데이터베이스 파일이 손상되었거나 데이터베이스가 아닙니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="54"/>
        <source>The database file is damaged: {path}. Restore the latest good backup with: kotra-invest db restore &quot;{backup}&quot;</source>
        <translation>데이터베이스 파일이 손상되었습니다: {path}. 가장 최근의 정상 백업으로 복원하세요: kotra-invest db restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="58"/>
        <source>This database was made by a newer kotra-invest ({revision}); please update the program.</source>
        <translation>이 데이터베이스는 더 새로운 버전의 kotra-invest로 만들어졌습니다 ({revision}). 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="61"/>
        <source>The database schema is out of date; run &apos;kotra-invest db upgrade&apos;.</source>
        <translation>데이터베이스 구조가 오래되었습니다. &apos;kotra-invest db upgrade&apos;를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="62"/>
        <source>{login} has read-only access and cannot make changes.</source>
        <translation>{login} 님은 조회 권한만 있어 변경할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="63"/>
        <source>Only an administrator can do this ({login} is not one).</source>
        <translation>관리자만 할 수 있는 작업입니다 ({login} 님은 관리자가 아닙니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="64"/>
        <source>Cancelled; any existing file is unchanged.</source>
        <translation>취소했습니다. 기존 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="65"/>
        <source>Printing or downloading personal data needs a reason: give it with --reason &quot;…&quot;.</source>
        <translation>개인정보가 담긴 자료를 인쇄하거나 내려받으려면 사유를 적어야 합니다 (--reason &quot;…&quot;).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="68"/>
        <source>The access log must be kept at least {min} days ({value} is too short).</source>
        <translation>개인정보 접속기록은 최소 {min}일 보관해야 합니다 ({value}일은 너무 짧습니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="71"/>
        <source>The {chain} hash chain is broken at entry {entry} ({when}, {table}): {reason}</source>
        <translation>감사 기록의 해시 체인이 끊어졌습니다: {chain} 기록 {entry} ({when}, {table}): {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="74"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>파일을 쓸 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="75"/>
        <source>The file to write must end in {extension}: {path}</source>
        <translation>저장할 파일 이름은 {extension}(으)로 끝나야 합니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="76"/>
        <source>Backup failed: {reason}</source>
        <translation>백업할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="77"/>
        <source>Restore failed: {reason}</source>
        <translation>복원할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="78"/>
        <source>{what} is not supported on this database.</source>
        <translation>{what} 기능은 이 데이터베이스에서 지원되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="79"/>
        <source>The database already holds investors; demo data goes only into an empty database.</source>
        <translation>데이터베이스에 이미 투자가 정보가 있습니다. 데모 데이터는 빈 데이터베이스에만 넣을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="83"/>
        <source>The {field} chosen belongs to another investor.</source>
        <translation>{field} 항목이 이 투자가의 것이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="84"/>
        <source>A consent date needs a consent answer (given or withdrawn).</source>
        <translation>동의 여부를 정하지 않았는데 동의 일자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="85"/>
        <source>This investor is already on the delegation&apos;s list to meet.</source>
        <translation>이미 이 유치단의 면담 대상 투자가입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="87"/>
        <source>Cannot open the mission pack {path}: {reason}</source>
        <translation>출장 팩 파일을 열 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="88"/>
        <source>There is no mission pack at {path} (was it moved or deleted?).</source>
        <translation>{path}에 출장 팩이 없습니다(옮겨졌거나 삭제되었을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="88"/>
        <source>This file is not a kotra-invest mission pack: {path}</source>
        <translation>출장 팩 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="89"/>
        <source>The mission pack is damaged, or protected by a passphrase (give it): {path}</source>
        <translation>출장 팩이 손상되었거나 암호로 보호되어 있습니다. 암호를 입력하세요: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="90"/>
        <source>Wrong passphrase for the mission pack (or the file is damaged): {path}</source>
        <translation>출장 팩의 암호가 틀렸습니다(또는 파일이 손상되었습니다): {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="93"/>
        <source>The mission pack is damaged; nothing was merged: {path}</source>
        <translation>출장 팩 파일이 손상되었습니다. 아무것도 병합하지 않았습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="94"/>
        <source>The mission pack was made by an older kotra-invest; open it in the app once, then merge it: {path}</source>
        <translation>이전 버전의 kotra-invest로 만든 출장 팩입니다. 프로그램에서 한 번 연 뒤 다시 병합하세요: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="98"/>
        <source>The mission pack was made by a newer kotra-invest; please update the program: {path}</source>
        <translation>더 새로운 버전의 kotra-invest로 만든 출장 팩입니다. 프로그램을 업데이트하세요: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="101"/>
        <source>This mission pack was cut from another database ({source}) and cannot be merged here: {path}</source>
        <translation>이 출장 팩은 다른 데이터베이스({source})에서 만든 것이라 여기에 병합할 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="104"/>
        <source>{count} conflict(s) are unresolved; nothing was merged.</source>
        <translation>해결하지 않은 충돌이 {count}건 있어 병합하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="105"/>
        <source>{count} conflict(s); nothing was merged. See {report} (or choose with --prefer pack|home).</source>
        <translation>충돌 {count}건이 있어 병합하지 않았습니다. 보고서: {report} (--prefer pack|home 으로 일괄 선택)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="108"/>
        <source>A {entity} record changed here since the merge was planned; plan the merge again.</source>
        <translation>병합을 준비한 뒤 {entity} 기록이 변경되었습니다. 병합을 다시 준비하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="111"/>
        <source>Saved edits are not in this file but in {path} beside it: open and close the pack in the app once, then copy it.</source>
        <translation>저장한 편집 일부가 이 파일이 아니라 옆의 {path}에 남아 있습니다. 팩을 프로그램에서 한 번 열었다 닫은 뒤 복사하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="115"/>
        <source>The app stopped while writing a change ({path}); that change is not in this pack.</source>
        <translation>프로그램이 변경을 쓰던 중 멈췄습니다({path}). 그 변경은 이 팩에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="118"/>
        <source>This file was copied while the pack was open on {host} (since {since}), or the app never closed it: edits made after that are not in it.</source>
        <translation>이 파일은 {host}에서 팩이 열려 있는 동안({since}부터) 복사되었거나 프로그램이 팩을 닫지 못했습니다. 그 뒤의 편집은 이 파일에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="122"/>
        <source>already home: a newer copy of this pack was merged before; this older value was not applied</source>
        <translation>이미 병합됨: 이 출장 팩의 더 새로운 사본을 먼저 병합했으므로 이 옛 값은 적용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="125"/>
        <source>erased on request, not restored</source>
        <translation>요청에 따라 삭제한 개인정보입니다. 복원하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="126"/>
        <source>belongs to a {entity} record that was refused, so it was not brought in</source>
        <translation>받아들이지 않은 {entity} 기록에 딸린 기록이라 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="129"/>
        <source>probably the same {entity} created on both sides ({why}): merge the two records</source>
        <translation>양쪽에서 따로 만든 같은 {entity}일 수 있습니다({why}). 두 기록을 하나로 합치세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="132"/>
        <source>The mission pack changes a confidential project you may not see; nothing was merged.</source>
        <translation>출장 팩이 볼 권한이 없는 대외비 프로젝트를 변경합니다. 병합하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="135"/>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>암호 파일을 읽을 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="137"/>
        <source>You may not change this {entity} record (it belongs to {owner}).</source>
        <translation>이 {entity} 기록을 변경할 수 없습니다 ({owner} 담당 기록입니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="140"/>
        <source>You may not add {entity} records to this {parent}: it belongs to {owner}.</source>
        <translation>이 {parent}에는 {entity} 기록을 추가할 수 없습니다 ({owner} 담당 {parent}입니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="141"/>
        <source>You may not add this {entity} record: it would belong to {owner}.</source>
        <translation>이 {entity} 기록을 추가할 수 없습니다 ({owner} 담당 기록이 됩니다).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="145"/>
        <source>This {entity} cannot be deleted: {count} document(s) filed under it belong to {owner}, and you may not delete them; ask them to delete those documents first, or ask an administrator to delete the {entity}.</source>
        <translation>이 {entity} 기록은 삭제할 수 없습니다: 함께 삭제될 문서 {count}건이 {owner} 담당이라 삭제할 권한이 없으니, 담당자에게 그 문서를 먼저 삭제해 달라고 하거나 관리자에게 이 {entity} 기록의 삭제를 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="150"/>
        <source>This {entity} cannot be restored: {count} document(s) deleted with it belong to {owner}, and you may not restore them; ask an administrator to restore the {entity}.</source>
        <translation>이 {entity} 기록은 복원할 수 없습니다: 함께 삭제된 문서 {count}건이 {owner} 담당이라 복원할 권한이 없으니, 관리자에게 이 {entity} 기록의 복원을 요청하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="138"/>
        <source>The server refused this change: you may not change this record ({reason}).</source>
        <translation>서버가 이 변경을 거부했습니다: 이 기록을 변경할 권한이 없습니다 ({reason}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="141"/>
        <source>--login cannot be used on a shared server: connect with your own server login (you are {user}).</source>
        <translation>공용 서버에서는 --login을 쓸 수 없습니다: 자신의 서버 계정({user})으로 접속하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="145"/>
        <source>Only the database&apos;s owner may run &apos;server init&apos; (you are {user}).</source>
        <translation>&apos;server init&apos;은 데이터베이스 소유자만 실행할 수 있습니다 (현재 {user}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="146"/>
        <source>This works only on a shared PostgreSQL server: {what}</source>
        <translation>이 명령은 공용 PostgreSQL 서버에서만 쓸 수 있습니다: {what}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="147"/>
        <source>Cannot read the password file {path}: {reason}</source>
        <translation>비밀번호 파일을 읽을 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="148"/>
        <source>The two passwords typed differ; nothing was changed.</source>
        <translation>두 번 입력한 비밀번호가 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="149"/>
        <source>{login} is a server role that cannot be made a kotra-invest user.</source>
        <translation>{login}은(는) kotra-invest 사용자로 만들 수 없는 서버 역할입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="150"/>
        <source>There is no database at {path}: create one with &apos;kotra-invest db upgrade&apos; (empty) or &apos;kotra-invest demo&apos;.</source>
        <translation>{path}에 데이터베이스가 없으니 &apos;kotra-invest db upgrade&apos;(빈 데이터베이스) 또는 &apos;kotra-invest demo&apos;로 만드십시오.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="154"/>
        <source>Only administrators and delegation leaders see everyone&apos;s tasks.</source>
        <translation>모든 직원의 할 일은 관리자와 유치단 단장만 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="155"/>
        <source>An officer with login {login} already exists.</source>
        <translation>이미 있는 로그인입니다: {login}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="156"/>
        <source>The last active administrator cannot lose the role or be deactivated.</source>
        <translation>마지막 관리자는 권한을 잃거나 비활성화될 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="157"/>
        <source>This change cannot be restored: {reason}</source>
        <translation>이 변경 기록은 되돌릴 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="158"/>
        <source>This contact&apos;s personal data has been erased.</source>
        <translation>개인정보가 삭제된 연락처입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="159"/>
        <source>No secure password store (OS keyring) is available; enter the password each time you connect.</source>
        <translation>비밀번호를 안전하게 저장할 곳(OS 키링)이 없습니다. 접속할 때마다 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="162"/>
        <source>Cannot sign in to {url}: check the user name and password.</source>
        <translation>서버 {url}에 로그인할 수 없습니다: 사용자 이름이나 비밀번호를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="164"/>
        <source>{value} already names the {field} column.</source>
        <translation>{value}은(는) 이미 {field} 열의 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="165"/>
        <source>{value} already names {row}.</source>
        <translation>{value}은(는) 이미 {row}의 다른 이름입니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="166"/>
        <source>Unknown code for {kind}: {value} (see &apos;kotra-invest reference list {kind}&apos;).</source>
        <translation>{value}은(는) 알 수 없는 코드입니다. &apos;kotra-invest reference list {kind}&apos;로 코드를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="169"/>
        <source>Row {row} names {value} as owner, who is no officer here: the import stopped and stored nothing.</source>
        <translation>{row}행의 담당자 {value}은(는) 등록된 직원이 아니어서 가져오기를 멈췄습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="173"/>
        <source>{path} was not opened: it unpacks to {size}, more than the import limit of {limit}; split the file or raise the setting {setting}.</source>
        <translation>{path}은(는) 압축을 풀면 {size}로 가져오기 한도 {limit}를 넘어 열지 않았습니다. 파일을 나누거나 설정 {setting}을(를) 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="177"/>
        <source>{path} holds more than {cells} cells, over the import limit of {limit}; split the file or raise the setting {setting}.</source>
        <translation>{path}에는 셀이 {cells}개 넘게 있어 가져오기 한도 {limit}개를 넘습니다. 파일을 나누거나 설정 {setting}을(를) 늘리세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="181"/>
        <source>{path}: this file is protected by document security software: save an unprotected copy or ask your security officer.</source>
        <translation>{path}: 문서보안(DRM) 프로그램으로 보호된 파일입니다. 보호를 해제한 사본을 저장하거나 보안 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="185"/>
        <source>File not found: {path}</source>
        <translation>파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="186"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>파일을 읽을 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="187"/>
        <source>{path} is empty: there is nothing to import.</source>
        <translation>빈 파일입니다. 가져올 내용이 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="219"/>
        <source>{path} has no rows under its header: there is nothing to import.</source>
        <translation>머리글 아래에 행이 없습니다. 가져올 내용이 없습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="188"/>
        <source>{path} is password-protected. Remove the password in Excel, save, and import it again.</source>
        <translation>암호로 보호된 통합 문서입니다: {path}. Excel에서 암호를 해제하고 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="191"/>
        <source>{path} is an old Excel (.xls) workbook. Save it as .xlsx in Excel and import that.</source>
        <translation>예전 Excel 형식(.xls)입니다: {path}. Excel에서 .xlsx로 저장한 뒤 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="194"/>
        <source>{path} is not an Excel (.xlsx) or CSV file, or it is damaged.</source>
        <translation>Excel(.xlsx) 또는 CSV 파일이 아니거나 손상된 파일입니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="195"/>
        <source>Cannot tell the character encoding of {path} (neither UTF-8 nor CP949); choose the encoding.</source>
        <translation>CSV 파일의 문자 인코딩을 알 수 없습니다 (UTF-8도 CP949도 아님): {path}. 인코딩을 지정하세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="198"/>
        <source>Unknown encoding: {encoding}</source>
        <translation>알 수 없는 인코딩입니다: {encoding}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="199"/>
        <source>{path} cannot be read as {encoding}.</source>
        <translation>{path} 파일은 {encoding} 인코딩으로 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="200"/>
        <source>There is no sheet &apos;{sheet}&apos;. Sheets: {sheets}</source>
        <translation>&apos;{sheet}&apos; 시트가 없습니다. 있는 시트: {sheets}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="201"/>
        <source>No header row (column names) found in {path}; the first rows should name columns such as &apos;Company name&apos;.</source>
        <translation>머리글 행(열 이름)을 찾을 수 없습니다: {path}. 첫 행들에 &apos;회사명&apos;, &apos;국가&apos; 같은 열 이름이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="205"/>
        <source>The column mapping {path} cannot be used: {reason}</source>
        <translation>열 매핑 파일을 쓸 수 없습니다: {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="206"/>
        <source>The column mapping does not belong to the headers of {path}.</source>
        <translation>열 매핑이 이 파일의 머리글과 맞지 않습니다: {path}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="207"/>
        <source>No column is mapped to the required fields: {fields}</source>
        <translation>필수 항목에 연결된 열이 없습니다: {fields}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="208"/>
        <source>Not an amount: {value} (e.g. 4억2000만, USD 12.5M, 12,500,000)</source>
        <translation>금액으로 읽을 수 없습니다: {value} (예: 4억2000만, USD 12.5M, 12,500,000)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="209"/>
        <source>Not a date: {value} (e.g. 2026.3.4, 2026-03-04)</source>
        <translation>날짜로 읽을 수 없습니다: {value} (예: 2026.3.4, 2026-03-04)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="244"/>
        <source>Not a date and time: {value} (e.g. 2026-03-04 14:00, 2026.3.4 2:00 PM)</source>
        <translation>날짜와 시각으로 읽을 수 없습니다: {value} (예: 2026-03-04 14:00, 2026.3.4 오후 2:00)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="210"/>
        <source>{value} could be day/month or month/day; write it year-month-day like 2026-03-04.</source>
        <translation>월/일 순서를 알 수 없는 날짜입니다: {value}. 2026-03-04처럼 연-월-일로 적으세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="213"/>
        <source>Not a valid phone number: {value}</source>
        <translation>올바른 전화번호가 아닙니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="214"/>
        <source>Not in the reference data: {value} (closest: {hint})</source>
        <translation>기준 정보에 없는 값입니다: {value} (비슷한 값: {hint})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="215"/>
        <source>No officer with this login or name: {value}</source>
        <translation>등록되지 않은 담당자입니다: {value}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="216"/>
        <source>{value} is not one of: {choices}</source>
        <translation>허용되지 않는 값입니다: {value} (가능한 값: {choices})</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="217"/>
        <source>No investor &apos;{value}&apos; in the database; import the investors first.</source>
        <translation>등록된 투자가 중에 &apos;{value}&apos;이(가) 없습니다. 투자가를 먼저 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="220"/>
        <source>&apos;{value}&apos; matches several investors: {candidates}</source>
        <translation>&apos;{value}&apos;에 해당하는 투자가가 여러 곳입니다: {candidates}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="221"/>
        <source>No contact &apos;{value}&apos; at this investor.</source>
        <translation>이 투자가의 연락처 중에 &apos;{value}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="229"/>
        <source>&apos;{value}&apos; is the name of several contacts of no investor (advisers): give the e-mail of the one meant ({candidates}).</source>
        <translation>투자가 없는 연락처(자문역) 중 &apos;{value}&apos;이(가) 여럿입니다: 뜻하는 사람의 이메일을 적으세요 ({candidates}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="246"/>
        <source>{investor} has several contacts named &apos;{value}&apos;: give the e-mail of the one meant ({candidates}).</source>
        <translation>{investor}에 &apos;{value}&apos;(이)라는 연락처가 여럿입니다: 뜻하는 사람의 이메일을 적으세요 ({candidates}).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="229"/>
        <source>{value} is the e-mail of {name} at {investor}, not at {row_investor}: an import does not move contacts between investors (move them at the desk, or correct the e-mail).</source>
        <translation>{value}은(는) {row_investor}이(가) 아니라 {investor}의 {name} 연락처 이메일입니다. 가져오기로는 연락처를 다른 투자가로 옮기지 않습니다 (화면에서 옮기거나 이메일을 고치세요).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="236"/>
        <source>{value} is the e-mail of {name}, a contact of no investor (an adviser), not of a person at {row_investor}: an import does not tie a contact to an investor (add the person at the desk, or correct the e-mail).</source>
        <translation>{value}은(는) {row_investor}의 사람이 아니라 투자가 없는 연락처(자문역) {name}의 이메일입니다. 가져오기로는 연락처를 투자가에 연결하지 않습니다 (화면에서 추가하거나 이메일을 고치세요).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="234"/>
        <source>{value} is the e-mail of {name} at {investor}, not at {row_investor}: a meeting, call or e-mail is with its own investor&apos;s people (correct the e-mail or the investor).</source>
        <translation>{value}은(는) {row_investor}이(가) 아니라 {investor}의 {name} 연락처 이메일입니다. 면담·통화·메일의 상대는 그 투자가의 사람이어야 합니다 (이메일이나 투자가를 고치세요).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="222"/>
        <source>Choose the delegation the itinerary or members belong to (command line: --delegation).</source>
        <translation>일정·단원을 넣을 투자유치단을 고르세요 (명령줄: --delegation).</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="225"/>
        <source>No project &apos;{value}&apos; of &apos;{investor}&apos; in the database; import the projects first.</source>
        <translation>&apos;{investor}&apos;의 프로젝트 중에 &apos;{value}&apos;이(가) 없습니다. 프로젝트를 먼저 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="228"/>
        <source>No project, investor or delegation &apos;{value}&apos; in the database; import those lists first.</source>
        <translation>&apos;{value}&apos;이(가) 등록된 프로젝트·투자가·투자유치단에 없습니다. 그 목록을 먼저 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="231"/>
        <source>&apos;{value}&apos; matches several records: {candidates}</source>
        <translation>&apos;{value}&apos;에 해당하는 기록이 여러 개입니다: {candidates}</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="232"/>
        <source>Not a destination: {value} (e.g. Frankfurt (DE), Boston (US))</source>
        <translation>방문지로 읽을 수 없습니다: {value} (예: 프랑크푸르트 (DE), Boston (US))</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="233"/>
        <source>No time zone is known for {value}; add this destination in the delegation window, where its zone is picked.</source>
        <translation>{value}의 시간대를 알 수 없습니다. 투자유치단 창에서 방문지를 추가하며 시간대를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="243"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="244"/>
        <source>Completed at</source>
        <translation>완료 시각</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="245"/>
        <source>Lead provinces</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="246"/>
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="247"/>
        <source>About</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="248"/>
        <source>Dates</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="249"/>
        <source>Contact person</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="250"/>
        <source>Contact&apos;s job title</source>
        <translation>담당자 직책</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="251"/>
        <source>Contact e-mail</source>
        <translation>담당자 이메일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="252"/>
        <source>Contact phone</source>
        <translation>담당자 전화</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="253"/>
        <source>Project title</source>
        <translation>프로젝트명</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="254"/>
        <source>Planned investment</source>
        <translation>투자 예정액</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="255"/>
        <location filename="../../domain/errors.py" line="323"/>
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="256"/>
        <source>Project stage</source>
        <translation>진행 단계</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="257"/>
        <source>Last contact</source>
        <translation>최근 접촉일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="258"/>
        <source>Last contact notes</source>
        <translation>최근 접촉 내용</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="259"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="260"/>
        <source>Their participants</source>
        <translation>상대측 참석자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="261"/>
        <source>Our participants</source>
        <translation>우리측 참석자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="262"/>
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="263"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="264"/>
        <source>Operates in Korea</source>
        <translation>국내 사업장 보유</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="265"/>
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="266"/>
        <source>Korean sites</source>
        <translation>국내 사업장</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="267"/>
        <source>Recommendation weight</source>
        <translation>추천 가중치</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="268"/>
        <source>Limit</source>
        <translation>개수</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="269"/>
        <source>Name</source>
        <translation>회사명</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="270"/>
        <source>Korean name</source>
        <translation>한글 회사명</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="273"/>
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="274"/>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="275"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="276"/>
        <source>Merged from</source>
        <translation>병합된 기록</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="277"/>
        <source>Merged into</source>
        <translation>병합 대상</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="278"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="279"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="280"/>
        <source>English title</source>
        <translation>영문 제목</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="281"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="283"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="284"/>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="285"/>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="286"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="287"/>
        <source>Search text</source>
        <translation>검색어</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="288"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="289"/>
        <source>Sort</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="292"/>
        <source>Output file</source>
        <translation>출력 파일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="293"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="294"/>
        <source>Expected capex</source>
        <translation>투자 예정액</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="295"/>
        <source>Start time</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="296"/>
        <source>End time</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="297"/>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="299"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="300"/>
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="301"/>
        <source>Reason lost</source>
        <translation>무산 사유</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="302"/>
        <source>Capex currency</source>
        <translation>투자 예정액 통화</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="303"/>
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="304"/>
        <source>Probability</source>
        <translation>가능성</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="309"/>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="310"/>
        <source>Job title</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="311"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="312"/>
        <source>Consent date</source>
        <translation>동의 일자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="313"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="314"/>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="315"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="316"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="318"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="319"/>
        <source>Due date</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="320"/>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="321"/>
        <source>Leads generated</source>
        <translation>발굴 리드 수</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="322"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="324"/>
        <source>Rate (units per USD)</source>
        <translation>환율 (1달러당)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="325"/>
        <source>exchange rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="326"/>
        <source>Direct investor&apos;s country</source>
        <translation>직접투자자 국적</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="327"/>
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="328"/>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="329"/>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="330"/>
        <source>Talking points</source>
        <translation>면담 요점</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="331"/>
        <source>Meetings held</source>
        <translation>면담 건수</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="332"/>
        <source>MOUs signed</source>
        <translation>MOU 건수</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="333"/>
        <source>Pledged (USD)</source>
        <translation>투자 약속액 (USD)</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="334"/>
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="335"/>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="336"/>
        <source>Position</source>
        <translation>직책</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="345"/>
        <source>Merge report</source>
        <translation>병합 보고서</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="346"/>
        <source>Results summary</source>
        <translation>성과 요약</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="348"/>
        <source>Login</source>
        <translation>로그인</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="349"/>
        <source>Role</source>
        <translation>권한</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="350"/>
        <source>Change record</source>
        <translation>변경 기록</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="351"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="352"/>
        <source>Server</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="353"/>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="354"/>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="355"/>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../domain/errors.py" line="356"/>
        <source>SSL mode</source>
        <translation>SSL 모드</translation>
    </message>
</context>
<context>
    <name>domain.kinds</name>
    <message>
        <location filename="../../domain/kinds.py" line="9"/>
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="10"/>
        <source>Grievance case</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="15"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="16"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="17"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="18"/>
        <source>FDI amount</source>
        <translation>투자 금액</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="21"/>
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="22"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="23"/>
        <source>Participating province</source>
        <translation>참여 시·도</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="24"/>
        <source>Destination</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="25"/>
        <source>Participating organisation</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="26"/>
        <source>Delegation member</source>
        <translation>유치단 단원</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="27"/>
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="28"/>
        <source>Investor to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="29"/>
        <source>Promotion event</source>
        <translation>공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="30"/>
        <source>Investor&apos;s site in Korea</source>
        <translation>투자가의 국내 사업장</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="31"/>
        <source>Dismissed recommendation</source>
        <translation>숨긴 추천</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="34"/>
        <source>Incentive application</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="35"/>
        <source>Procedure milestone</source>
        <translation>투자 절차 단계</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="36"/>
        <source>Enquiry</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="37"/>
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="38"/>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="39"/>
        <source>Officer</source>
        <translation>담당관</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="40"/>
        <source>Office</source>
        <translation>사무소</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="41"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="42"/>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="43"/>
        <source>Region</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="44"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="45"/>
        <source>FEZ</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="46"/>
        <source>Pipeline stage</source>
        <translation>파이프라인 단계</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="47"/>
        <source>Exchange rate</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="48"/>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <location filename="../../domain/kinds.py" line="49"/>
        <source>Access log</source>
        <translation>접속기록</translation>
    </message>
</context>
<context>
    <name>importers.mapping</name>
    <message>
        <location filename="../../importers/mapping.py" line="693"/>
        <source>ignored</source>
        <translation>무시</translation>
    </message>
    <message>
        <location filename="../../importers/mapping.py" line="781"/>
        <source>the values are officers (logins or names)</source>
        <translation>값이 등록된 직원(로그인·이름)입니다</translation>
    </message>
    <message>
        <location filename="../../importers/mapping.py" line="782"/>
        <source>the values are e-mail addresses</source>
        <translation>값이 이메일 주소입니다</translation>
    </message>
    <message>
        <location filename="../../importers/mapping.py" line="783"/>
        <source>the values are phone numbers</source>
        <translation>값이 전화번호입니다</translation>
    </message>
    <message>
        <location filename="../../importers/mapping.py" line="784"/>
        <source>values are not officers: people at the company</source>
        <translation>값이 직원이 아니라 상대 회사 사람입니다</translation>
    </message>
</context>
<context>
    <name>importers.run</name>
    <message>
        <location filename="../../importers/run.py" line="115"/>
        <source>(confidential)</source>
        <translation>(대외비)</translation>
    </message>
    <message>
        <location filename="../../importers/run.py" line="1279"/>
        <source>{investor} investment plan</source>
        <translation>{investor} 투자 계획</translation>
    </message>
    <message>
        <location filename="../../importers/run.py" line="1305"/>
        <source>Last contact ({file_name})</source>
        <translation>최근 접촉 ({file_name})</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>Contact persons</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>Last meetings</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>New investors</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>New officer accounts</source>
        <translation>새 직원 계정</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="74"/>
        <source>The delegation&apos;s investors to meet</source>
        <translation>투자유치단 면담 대상</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="77"/>
        <source>%1: %2 new, %3 updated, %4 duplicates skipped.</source>
        <translation>%1: 추가 %2, 갱신 %3, 중복 건너뜀 %4.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="90"/>
        <source>Columns chosen from their values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
</context>
<context>
    <name>services.access</name>
    <message>
        <location filename="../../services/access.py" line="270"/>
        <source>another team</source>
        <translation>다른 팀</translation>
    </message>
</context>
<context>
    <name>services.access_log</name>
    <message>
        <location filename="../../services/access_log.py" line="45"/>
        <source>Flagged: an officer whose printed or downloaded contacts this month are at least {floor} and more than {factor}x their monthly average over the previous {months} months (months without any counted as zero).</source>
        <translation>표시 기준: 이번 달 인쇄·다운로드한 연락처가 {floor}건 이상이고, 직전 {months}개월 월평균(기록 없는 달은 0건)의 {factor}배를 넘는 담당자.</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="303"/>
        <location filename="../../services/access_log.py" line="315"/>
        <source>Officer</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="304"/>
        <source>Views</source>
        <translation>조회</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="305"/>
        <source>Prints</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="306"/>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="307"/>
        <source>Contacts viewed</source>
        <translation>조회한 연락처</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="308"/>
        <source>Contacts printed/downloaded</source>
        <translation>인쇄·다운로드한 연락처</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="309"/>
        <source>Usual per month</source>
        <translation>월평균</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="310"/>
        <source>Unusual</source>
        <translation>이상 여부</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="311"/>
        <source>PCs</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="314"/>
        <source>When (UTC)</source>
        <translation>일시 (UTC)</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="316"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="317"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="318"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="319"/>
        <source>What</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="320"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="321"/>
        <source>Contacts</source>
        <translation>연락처 수</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="322"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="323"/>
        <source>From</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="340"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="341"/>
        <source>Personal-data access review {month}</source>
        <translation>개인정보 접속기록 월간 점검 {month}</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="357"/>
        <source>YES</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../services/access_log.py" line="372"/>
        <source>Entries</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <location filename="../../services/documents.py" line="432"/>
        <source>{name} is already attached to this record.</source>
        <translation>{name}은(는) 이 기록에 이미 첨부되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../services/documents.py" line="433"/>
        <source>{name} is already attached to this record as {existing}.</source>
        <translation>{name}은(는) 이 기록에 이미 {existing}(으)로 첨부되어 있습니다.</translation>
    </message>
</context>
<context>
    <name>services.fdi_report</name>
    <message>
        <location filename="../../services/fdi_report.py" line="34"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="35"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="36"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="37"/>
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="38"/>
        <source>Region (5+3)</source>
        <translation>권역 (5극 3특)</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="39"/>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../services/fdi_report.py" line="41"/>
        <source>Not assigned</source>
        <translation>미지정</translation>
    </message>
</context>
<context>
    <name>services.fx</name>
    <message>
        <location filename="../../services/fx.py" line="243"/>
        <source>not UTF-8 or CP949 text</source>
        <translation>UTF-8이나 CP949 텍스트가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../services/fx.py" line="258"/>
        <source>a workbook (or a DRM-protected file), not CSV: save it as CSV first</source>
        <translation>CSV가 아닌 통합 문서(또는 DRM 보호 파일)입니다. CSV로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../services/fx.py" line="284"/>
        <source>not a date: {value}</source>
        <translation>날짜가 아닙니다: {value}.</translation>
    </message>
    <message>
        <location filename="../../services/fx.py" line="301"/>
        <source>no header row with currency, date and rate columns</source>
        <translation>통화·일자·환율 열이 있는 머리글 행이 없습니다</translation>
    </message>
</context>
<context>
    <name>services.history</name>
    <message>
        <location filename="../../services/history.py" line="46"/>
        <source>Company size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="47"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="48"/>
        <source>Operates in Korea</source>
        <translation>국내 진출</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="49"/>
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="50"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="51"/>
        <source>Direct investor&apos;s country</source>
        <translation>직접투자자 국적</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="52"/>
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="53"/>
        <source>Rate (units per USD)</source>
        <translation>환율 (1달러당)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="54"/>
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="55"/>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="56"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="57"/>
        <source>Job title</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="58"/>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="59"/>
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="60"/>
        <source>Consent date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="61"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="62"/>
        <source>Start date</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="63"/>
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="64"/>
        <source>Results</source>
        <translation>성과</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="65"/>
        <source>Meetings held</source>
        <translation>상담 건수</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="66"/>
        <source>MOUs signed</source>
        <translation>MOU 건수</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="67"/>
        <source>Pledged (USD)</source>
        <translation>신고 금액(USD)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="68"/>
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="69"/>
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="70"/>
        <source>FEZs</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="71"/>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="72"/>
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="73"/>
        <source>Expected capex</source>
        <translation>투자 예정액</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="74"/>
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="75"/>
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="76"/>
        <source>Personal data</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="77"/>
        <source>In stage since</source>
        <translation>단계 시작일</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="78"/>
        <source>Target province</source>
        <translation>대상 시·도</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="79"/>
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="80"/>
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="81"/>
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="82"/>
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="83"/>
        <source>Contact</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="84"/>
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="85"/>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="86"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="87"/>
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="88"/>
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="89"/>
        <source>Reason lost</source>
        <translation>무산 사유</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="90"/>
        <source>Capex currency</source>
        <translation>투자 예정액 통화</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="91"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="92"/>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="93"/>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="94"/>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="95"/>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="96"/>
        <source>Their participants</source>
        <translation>상대측 참석자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="97"/>
        <source>Our participants</source>
        <translation>우리측 참석자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="98"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="99"/>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="100"/>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="101"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="102"/>
        <source>Completed</source>
        <translation>완료 시각</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="105"/>
        <source>End date</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="106"/>
        <source>Province</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="107"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="108"/>
        <source>Order</source>
        <translation>순서</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="109"/>
        <source>City (Korean)</source>
        <translation>도시 (한글)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="110"/>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="111"/>
        <source>Head of the delegation</source>
        <translation>유치단 단장</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="112"/>
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="103"/>
        <location filename="../../services/history.py" line="327"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="238"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="238"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="324"/>
        <source>When (UTC)</source>
        <translation>일시 (UTC)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="325"/>
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="326"/>
        <source>From</source>
        <translation>어디서</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="328"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="329"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="330"/>
        <source>Old value</source>
        <translation>이전 값</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="331"/>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="332"/>
        <source>Change set</source>
        <translation>변경 묶음</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="366"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Desktop app</source>
        <translation>데스크톱 앱</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Mission pack merge</source>
        <translation>출장 팩 병합</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Demo data</source>
        <translation>데모 데이터</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="130"/>
        <source>Directly in the database</source>
        <translation>데이터베이스에서 직접</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Office</source>
        <comment>the office an officer belongs to</comment>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Active</source>
        <comment>an officer&apos;s account</comment>
        <translation>활성</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Question</source>
        <comment>an enquiry&apos;s text</comment>
        <translation>문의 내용</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Answer</source>
        <translation>답변</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Conditions</source>
        <translation>지원 조건</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Clawback</source>
        <translation>환수</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Description</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Meeting or contact logged</source>
        <translation>기록된 면담·연락</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Regions</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Provinces</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Year designated</source>
        <translation>지정 연도</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Strategic industries</source>
        <translation>전략 산업</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Region</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Region group</source>
        <translation>권역 구분</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Order in lists</source>
        <translation>목록 순서</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Filed under (kind)</source>
        <translation>첨부 대상 종류</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Filed under</source>
        <translation>첨부 대상</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>File type</source>
        <translation>파일 형식</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Checksum (SHA-256)</source>
        <translation>체크섬 (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>DRM protection</source>
        <translation>DRM 보호</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Document series</source>
        <translation>문서 계열</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Version</source>
        <comment>of a document</comment>
        <translation>판</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Replaced by</source>
        <translation>새 판</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Text (for search)</source>
        <translation>본문 (검색용)</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Message-ID</source>
        <translation>메시지 ID</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Sender</source>
        <translation>보낸 사람</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Recipients</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Sent</source>
        <translation>보낸 시각</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Sender&apos;s UTC offset</source>
        <translation>보낸 곳의 UTC 시차</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Name</source>
        <comment>a person&apos;s</comment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Korean name</source>
        <comment>a person&apos;s</comment>
        <translation>한글 이름</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>File name</source>
        <translation>파일 이름</translation>
    </message>
    <message>
        <location filename="../../services/history.py" line="1"/>
        <source>Korean name</source>
        <comment>of a place, an organisation or a code</comment>
        <translation>한글 명칭</translation>
    </message>
</context>
<context>
    <name>services.korea_map</name>
    <message>
        <location filename="../../services/korea_map.py" line="83"/>
        <source>Pipeline projects</source>
        <translation>투자 프로젝트 수</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="85"/>
        <source>All live projects, whatever the year, by target province</source>
        <translation>진행 중인 모든 프로젝트(연도 무관), 목표 시·도별</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="90"/>
        <source>Notified FDI</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="92"/>
        <source>By notification date and target province</source>
        <translation>신고일 기준, 목표 시·도별</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="96"/>
        <source>Arrived FDI</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="98"/>
        <source>By arrival date and target province</source>
        <translation>도착일 기준, 목표 시·도별</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="102"/>
        <source>Delegations</source>
        <translation>투자유치단 수</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="104"/>
        <source>By lead province, cancelled ones left out</source>
        <translation>주관 시·도별, 취소 제외</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="108"/>
        <source>Open grievance cases</source>
        <translation>미해결 고충 사례</translation>
    </message>
    <message>
        <location filename="../../services/korea_map.py" line="110"/>
        <source>Open cases by province</source>
        <translation>시·도별 미해결 사례</translation>
    </message>
</context>
<context>
    <name>services.korea_map_drawing</name>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="102"/>
        <source>Unit: count</source>
        <translation>단위: 건</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="103"/>
        <source>Unit: USD million</source>
        <translation>단위: 억 달러</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="104"/>
        <source>Free Economic Zone (one mark per zone)</source>
        <translation>경제자유구역 (구역마다 표시 하나)</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="105"/>
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="106"/>
        <source>Proposed site</source>
        <translation>투자 예정지</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="107"/>
        <source>Selected province</source>
        <translation>선택한 시·도</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="108"/>
        <source>No province yet: {value}</source>
        <translation>시·도 미정: {value}</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="109"/>
        <source>Not available: nothing records this figure yet</source>
        <translation>자료 없음: 이 항목을 계산할 기능이 아직 없습니다</translation>
    </message>
    <message>
        <location filename="../../services/korea_map_drawing.py" line="110"/>
        <source>Nothing recorded for the year</source>
        <translation>해당 연도 자료 없음</translation>
    </message>
</context>
<context>
    <name>services.privacy</name>
    <message>
        <location filename="../../services/privacy.py" line="242"/>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="243"/>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="243"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="248"/>
        <source>Interactions</source>
        <translation>상담</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="249"/>
        <source>Meetings</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="250"/>
        <source>Enquiries</source>
        <translation>문의</translation>
    </message>
    <message>
        <location filename="../../services/privacy.py" line="251"/>
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
</context>
<context>
    <name>services.recommendations</name>
    <message>
        <location filename="../../services/recommendations.py" line="88"/>
        <source>Industry fit</source>
        <translation>산업 적합도</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="89"/>
        <source>Location fit</source>
        <translation>위치 적합도</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="90"/>
        <source>Pipeline momentum</source>
        <translation>파이프라인 진척</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="91"/>
        <source>Relationship gap</source>
        <translation>접촉 공백</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="92"/>
        <source>Expansion potential</source>
        <translation>증설 가능성</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="93"/>
        <source>Risk</source>
        <translation>위험</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="97"/>
        <source>{industry} (the delegation&apos;s industry)</source>
        <translation>{industry}(유치단 목표 산업)</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="98"/>
        <source>{industry} (a strategic industry of {province})</source>
        <translation>{industry}({province} 전략산업)</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="99"/>
        <source>HQ in {city}, on the itinerary {day}</source>
        <translation>본사 {city}, 일정상 {day} 방문</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="100"/>
        <source>HQ in {city}, a destination of the trip</source>
        <translation>본사 {city}, 방문 도시</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="101"/>
        <source>HQ in {country}, where the trip goes ({city})</source>
        <translation>본사 {country}, 방문국({city})</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="102"/>
        <source>project at {stage} stage</source>
        <translation>{stage} 단계 프로젝트</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="103"/>
        <source>FDI notified or arrived in the past year</source>
        <translation>최근 1년 내 투자금 신고·도착</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="104"/>
        <source>never met</source>
        <translation>접촉 기록 없음</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="105"/>
        <source>last met {months} months ago</source>
        <translation>마지막 면담 {months}개월 전</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="106"/>
        <source>already invests in {place}</source>
        <translation>이미 {place}에 투자</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="107"/>
        <source>already operates in Korea</source>
        <translation>이미 국내 진출</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="108"/>
        <source>open grievance case ({count})</source>
        <translation>미해결 고충 {count}건</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="125"/>
        <source>{day} {MONTHS_EN}</source>
        <translation>{month}월 {day}일</translation>
    </message>
    <message>
        <location filename="../../services/recommendations.py" line="876"/>
        <source>HQ unknown or off the route: the longest stop</source>
        <translation>HQ 미상 또는 방문지 밖: 가장 긴 체류지</translation>
    </message>
</context>
<context>
    <name>sync.merge</name>
    <message>
        <location filename="../../sync/merge.py" line="154"/>
        <source>same e-mail</source>
        <translation>같은 이메일</translation>
    </message>
    <message>
        <location filename="../../sync/merge.py" line="154"/>
        <source>same name</source>
        <translation>같은 이름</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <location filename="../../ui/app.py" line="33"/>
        <source>Creating demo data…</source>
        <translation>데모 데이터를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="54"/>
        <source>Restore this backup now? The damaged file is kept in the backups folder.</source>
        <translation>지금 이 백업으로 복원할까요? 손상된 파일은 백업 폴더에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ui.background</name>
    <message>
        <location filename="../../ui/background.py" line="151"/>
        <source>Something unexpected went wrong; nothing was saved. Details are in the log. ({error})</source>
        <translation>예기치 않은 오류가 발생했습니다. 작업은 저장되지 않았습니다. 자세한 내용은 로그에 있습니다. ({error})</translation>
    </message>
</context>
<context>
    <name>ui.mission</name>
    <message>
        <location filename="../../ui/mission.py" line="200"/>
        <source>Mission pack: {t} — cut from {s} on {d} (bring it back home to merge)</source>
        <translation>출장 팩: {t} — {s}에서 {d} 생성 (병합하려면 귀국 후 &apos;출장 결과 가져오기&apos;)</translation>
    </message>
</context>
<context>
    <name>ui.start</name>
    <message>
        <location filename="../../ui/start.py" line="156"/>
        <source>No display to open the desktop app on. Run it in a desktop session, or use the command line (kotra-invest --help).</source>
        <translation>화면(디스플레이)이 없어 데스크톱 앱을 열 수 없습니다. 데스크톱 세션에서 실행하거나 명령줄 기능을 쓰세요 (kotra-invest --help).</translation>
    </message>
</context>
</TS>
