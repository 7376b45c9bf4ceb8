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
    <message>
        <location filename="../../ui/access_reason.py" line="29" />
        <source>open or save a document about a person</source>
        <translation>개인에 관한 문서 열기 또는 저장</translation>
    </message>
</context>
<context>
    <name>AftercareActions</name>
    <message>
        <location filename="../../ui/aftercare.py" line="346" />
        <source>New grievance case</source>
        <translation>새 고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="349" />
        <source>Edit grievance case</source>
        <translation>고충 사례 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="353" />
        <source>Acknowledge case</source>
        <translation>고충 사례 착수</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="358" />
        <location filename="../../ui/aftercare.py" line="362" />
        <source>Resolve case</source>
        <translation>고충 사례 해결</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="358" />
        <source>How was it resolved?</source>
        <translation>어떻게 해결되었습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="365" />
        <source>Delete grievance case</source>
        <translation>고충 사례 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="370" />
        <source>New enquiry</source>
        <translation>새 투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="373" />
        <source>Edit enquiry</source>
        <translation>투자 문의 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="377" />
        <source>Mark enquiry answered</source>
        <translation>투자 문의 답변 완료</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="380" />
        <source>Delete enquiry</source>
        <translation>투자 문의 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="384" />
        <source>New incentive application</source>
        <translation>새 인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="389" />
        <source>Edit incentive application</source>
        <translation>인센티브 신청 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="397" />
        <source>Mark application %1</source>
        <translation>신청 상태 %1(으)로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="401" />
        <source>Delete incentive application</source>
        <translation>인센티브 신청 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="404" />
        <source>New milestone</source>
        <translation>새 절차 단계</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="408" />
        <source>Edit milestone</source>
        <translation>절차 단계 수정</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="411" />
        <source>Delete milestone</source>
        <translation>절차 단계 삭제</translation>
    </message>
</context>
<context>
    <name>AftercarePage</name>
    <message>
        <location filename="../../ui/aftercare.py" line="454" />
        <location filename="../../ui/aftercare.py" line="468" />
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="454" />
        <source>0–7 days</source>
        <translation>0–7일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="454" />
        <source>8–30 days</source>
        <translation>8–30일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="454" />
        <source>31–90 days</source>
        <translation>31–90일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="455" />
        <source>Over 90 days</source>
        <translation>90일 초과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="455" />
        <location filename="../../ui/aftercare.py" line="567" />
        <location filename="../../ui/aftercare.py" line="572" />
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="457" />
        <source>Show resolved and withdrawn</source>
        <translation>해결·취하된 사례도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="459" />
        <location filename="../../ui/aftercare.py" line="489" />
        <source>Overdue only</source>
        <translation>기한 경과만</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="462" />
        <source>All categories</source>
        <translation>모든 분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="468" />
        <location filename="../../ui/aftercare.py" line="495" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="468" />
        <location filename="../../ui/aftercare.py" line="520" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="468" />
        <location filename="../../ui/aftercare.py" line="521" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="468" />
        <location filename="../../ui/aftercare.py" line="495" />
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="469" />
        <source>Age (days)</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="469" />
        <location filename="../../ui/aftercare.py" line="496" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="469" />
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="469" />
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="484" />
        <source>&amp;New case…</source>
        <translation>새 고충 사례(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="484" />
        <location filename="../../ui/aftercare.py" line="509" />
        <location filename="../../ui/aftercare.py" line="531" />
        <source>&amp;Edit…</source>
        <translation>수정(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="484" />
        <source>&amp;Acknowledge</source>
        <translation>착수(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="485" />
        <source>&amp;Resolve…</source>
        <translation>해결(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="485" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="486" />
        <location filename="../../ui/aftercare.py" line="510" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="486" />
        <location filename="../../ui/aftercare.py" line="532" />
        <source>Doc&amp;uments…</source>
        <translation>문서(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="487" />
        <location filename="../../ui/aftercare.py" line="585" />
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="491" />
        <source>Unanswered only</source>
        <translation>미답변만</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="495" />
        <source>Who asked</source>
        <translation>문의자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="495" />
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="495" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="496" />
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="496" />
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="496" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="509" />
        <source>&amp;New enquiry…</source>
        <translation>새 문의(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="510" />
        <source>Mark &amp;answered</source>
        <translation>답변 완료(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="511" />
        <source>Response-time &amp;targets…</source>
        <translation>응답 목표 기한(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="512" />
        <location filename="../../ui/aftercare.py" line="585" />
        <source>Enquiries</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="516" />
        <source>Every status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="520" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="520" />
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="520" />
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="521" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="521" />
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="521" />
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="521" />
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="522" />
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="522" />
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="531" />
        <source>Next &amp;step</source>
        <translation>다음 단계(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="532" />
        <source>Open &amp;project</source>
        <translation>프로젝트 열기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="533" />
        <location filename="../../ui/aftercare.py" line="586" />
        <source>Incentive applications</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="564" />
        <source>All open cases</source>
        <translation>진행 중인 사례 전체</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="568" />
        <source>%1 open, %2 overdue</source>
        <translation>진행 %1건, 기한 경과 %2건</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="573" />
        <source>Targets: acknowledge within %1 days, answer within %2 days</source>
        <translation>목표: %1일 안에 착수, %2일 안에 답변</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="595" />
        <source>Whose grievance is it?</source>
        <translation>어느 투자가의 고충입니까?</translation>
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
        <location filename="../../ui/projects.py" line="577" />
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="582" />
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
    <name>CaseEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="115" />
        <source>Grievance case</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="117" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="118" />
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="119" />
        <source>Ministry or agency involved</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="120" />
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="121" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="122" />
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="123" />
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="124" />
        <source>Resolved</source>
        <translation>해결일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="125" />
        <source>What the investor asks</source>
        <translation>고충 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="126" />
        <source>Resolution</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="127" />
        <source>Policy-improvement proposal</source>
        <translation>제도개선 건의</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="447" />
        <source>Check the whole file</source>
        <translation>파일 전체 검사</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="448" />
        <source>Nothing is stored yet. Choose what to do with duplicates, then Import.</source>
        <translation>아직 저장된 내용은 없습니다. 중복 항목 처리 방법을 선택한 후 가져오기를 실행하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="451" />
        <source>Skip duplicates</source>
        <translation>중복 항목 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="452" />
        <source>Update the existing record (changed fields)</source>
        <translation>기존 레코드 갱신(변경된 필드)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="453" />
        <source>Create them anyway</source>
        <translation>그대로 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="456" />
        <location filename="../../ui/import_wizard.py" line="460" />
        <source>Leave the row out</source>
        <translation>그 행은 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="457" />
        <source>Create the investor from the row</source>
        <translation>행의 내용으로 투자가 새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="461" />
        <source>Import the row without an owner</source>
        <translation>담당자 없이 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="462" />
        <source>Create the officer (administrators)</source>
        <translation>직원 계정 새로 만들기 (관리자)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="463" />
        <source>Stop the import</source>
        <translation>가져오기 멈추기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="469" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="469" />
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="469" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="472" />
        <source>Save the rows with errors as a workbook to fix…</source>
        <translation>오류가 있는 행을 수정용 통합 문서로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="474" />
        <source>Other names of industries, countries …</source>
        <translation>업종·국가 등의 다른 이름…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="480" />
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="481" />
        <source>Investors not in the database</source>
        <translation>데이터베이스에 없는 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="482" />
        <source>Owners who are not officers here</source>
        <translation>등록된 직원이 아닌 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="503" />
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="509" />
        <source>Checking the file…</source>
        <translation>파일 검사 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="517" />
        <source>%1 rows read: %2 would be created, %3 updated, %4 skipped as duplicates, %5 rows have errors.</source>
        <translation>%1개 행 읽음: 생성 예정 %2건, 갱신 예정 %3건, 중복으로 건너뜀 %4건, 오류가 있는 행 %5개.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="535" />
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
        <location filename="../../ui/connect.py" line="41" />
        <source>Connect to server</source>
        <translation>서버 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="44" />
        <source>New connection</source>
        <translation>새 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="47" />
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="49" />
        <source>Forget this saved connection and its stored password</source>
        <translation>저장된 연결과 보관된 비밀번호를 지웁니다</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="70" />
        <source>Remember the password in the system keyring</source>
        <translation>시스템 키링에 비밀번호 저장</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="73" />
        <source>No system keyring here: the password is asked every time</source>
        <translation>시스템 키링을 사용할 수 없음: 매번 비밀번호를 묻습니다</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="77" />
        <source>&amp;Test connection</source>
        <translation>연결 테스트(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="81" />
        <source>Saved connections</source>
        <translation>저장된 연결</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="82" />
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="83" />
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="84" />
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="85" />
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="86" />
        <source>Encryption (sslmode)</source>
        <translation>암호화(sslmode)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="87" />
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="91" />
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="108" />
        <source>Remove saved connection</source>
        <translation>저장된 연결 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="109" />
        <source>Remove the saved connection %1 and its stored password?</source>
        <translation>저장된 연결 %1과(와) 보관된 비밀번호를 삭제할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="114" />
        <source>Removed the saved connection %1.</source>
        <translation>저장된 연결 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="144" />
        <source>Testing…</source>
        <translation>테스트 중…</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="148" />
        <source>schema up to date</source>
        <translation>스키마 최신 상태</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="148" />
        <source>schema older than this program: run 'kotra-invest db upgrade'</source>
        <translation>스키마가 이 프로그램보다 오래됨: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="149" />
        <source>schema newer than this program: update kotra-invest</source>
        <translation>스키마가 이 프로그램보다 최신임: kotra-invest를 업데이트하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="149" />
        <source>empty database: run 'kotra-invest db upgrade'</source>
        <translation>빈 데이터베이스: 'kotra-invest db upgrade'를 실행하십시오</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="150" />
        <source>Reachable (PostgreSQL %1); %2; the server signs you in as %3, role: %4.</source>
        <translation>연결 가능(PostgreSQL %1); %2; 서버가 인정하는 사용자: %3, 역할: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/connect.py" line="165" />
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <location filename="../../ui/investor_page.py" line="41" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="43" />
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="44" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="45" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="46" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="47" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="52" />
        <source>Consent to keep their data</source>
        <translation>개인정보 보관 동의</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="57" />
        <source>Consent date</source>
        <translation>동의일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="58" />
        <source>Source (business card, event …)</source>
        <translation>출처(명함, 행사 …)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="59" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="245" />
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="247" />
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="254" />
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="257" />
        <source>Reload the figures (F5)</source>
        <translation>실적을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263" />
        <source>Quarterly FDI table…</source>
        <translation>분기별 외국인투자 실적표…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="265" />
        <source>The ministry's quarterly table for the year, with the projects behind each figure</source>
        <translation>산업통상부 집계 방식의 연간 분기별 실적표 (각 수치의 프로젝트 확인)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="280" />
        <source>Delegations dispatched + planned</source>
        <translation>투자유치단 파견 + 예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="286" />
        <location filename="../../ui/dashboard.py" line="365" />
        <source>Notified FDI (신고)</source>
        <translation>외국인투자 신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="287" />
        <location filename="../../ui/dashboard.py" line="366" />
        <source>Arrived FDI (도착)</source>
        <translation>외국인투자 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="288" />
        <source>Non-capital-region share</source>
        <translation>비수도권 비중 (신고 기준)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="296" />
        <source>Delegations: dispatched and planned</source>
        <translation>투자유치단 파견·예정 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="298" />
        <location filename="../../ui/dashboard.py" line="304" />
        <source>By region</source>
        <translation>권역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="299" />
        <location filename="../../ui/dashboard.py" line="305" />
        <source>By industry</source>
        <translation>산업별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="300" />
        <source>Delegations chart view</source>
        <translation>투자유치단 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="302" />
        <source>Notified (신고) vs arrived (도착)</source>
        <translation>신고 대비 도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="306" />
        <source>By FEZ</source>
        <translation>경제자유구역별</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="307" />
        <source>FDI chart view</source>
        <translation>신고·도착 차트 보기 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="309" />
        <source>Pipeline by stage</source>
        <translation>단계별 프로젝트 파이프라인</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="312" />
        <source>Upcoming trips</source>
        <translation>다가오는 출장</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="312" />
        <source>When</source>
        <translation>시기</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="312" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313" />
        <location filename="../../ui/dashboard.py" line="761" />
        <source>My overdue tasks</source>
        <translation>지연된 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313" />
        <source>Overdue</source>
        <translation>지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="313" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="358" />
        <source>Map of Korea</source>
        <translation>한국 지도</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="367" />
        <source>Pipeline projects</source>
        <translation>투자 프로젝트 수</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="368" />
        <source>Delegations by lead province</source>
        <translation>주관 시·도별 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="369" />
        <source>Open grievance cases</source>
        <translation>미해결 고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="372" />
        <source>Map figure</source>
        <translation>지도 항목</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="375" />
        <source>Click a province to filter the investors and projects lists</source>
        <translation>시·도를 누르면 투자가·프로젝트 목록이 그 시·도로 좁혀집니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="387" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="389" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="391" />
        <source>Clear</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="392" />
        <source>Show all provinces in the investors and projects lists</source>
        <translation>투자가·프로젝트 목록에 모든 시·도를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="475" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="522" />
        <source>Click a province to show only its investors and projects.</source>
        <translation>시·도를 누르면 그 시·도의 투자가와 프로젝트만 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="524" />
        <source>Investors and projects lists: {0} only</source>
        <translation>투자가·프로젝트 목록: {0}만</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="534" />
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="549" />
        <source>Updated {0}</source>
        <translation>{0} 기준</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="576" />
        <source>Investment attraction {0}</source>
        <translation>{0}년 투자유치 현황</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="586" />
        <source>{0} / {1}</source>
        <translation>{0} / {1}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="587" />
        <source>Dispatched {0} · planned {1} · target {2}</source>
        <translation>파견 {0}건 · 예정 {1}건 · 목표 {2}건</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="592" />
        <source>Filed in {0}</source>
        <translation>{0}년 신고 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="594" />
        <source>{0}% of notified</source>
        <translation>신고액 대비 {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="596" />
        <source>Arrived in {0}</source>
        <translation>{0}년 도착 누계</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="601" />
        <source>{0} notified outside the capital region</source>
        <translation>비수도권 신고 {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="604" />
        <source>No notified FDI yet</source>
        <translation>아직 신고 실적이 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="608" />
        <source>100 million USD</source>
        <translation>억 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="609" />
        <source>USD million</source>
        <translation>백만 달러</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="618" />
        <source>No delegations for {0} yet.</source>
        <translation>{0}년 투자유치단이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="625" />
        <source>No target industry</source>
        <translation>대상 산업 미정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="630" />
        <source>Dispatched</source>
        <translation>파견</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="630" />
        <source>Planned</source>
        <translation>예정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="639" />
        <source>Cancelled: {0} (not counted)</source>
        <translation>취소 {0}건 (실적에서 제외)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="648" />
        <source>No notified or arrived FDI in {0} yet.</source>
        <translation>{0}년 신고·도착 실적이 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="655" />
        <source>Industry not set</source>
        <translation>산업 미지정</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="662" />
        <source>Outside any FEZ: {0} notified, {1} arrived</source>
        <translation>경제자유구역 밖: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="669" />
        <source>Province not decided yet: {0} notified, {1} arrived</source>
        <translation>입지 미정: 신고 {0}, 도착 {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="672" />
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="672" />
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="695" />
        <source>Rates used (units per USD): {0}</source>
        <translation>적용 환율 (1달러당): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="700" />
        <source>{0} dated rates used ({1}); point here for each</source>
        <translation>일자별 환율 {0}건 적용({1}) — 마우스를 올리면 전체 목록</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="703" />
        <source>Not counted, no rate on or before the date: {0}</source>
        <translation>해당 일자 이전 환율이 없어 합계에서 제외: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="708" />
        <source>{0} amounts not counted: no rate on or before their date ({1})</source>
        <translation>{0}건 미집계: 해당 일자 이전 환율 없음({1})</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="716" />
        <source>No projects in the pipeline yet.</source>
        <translation>파이프라인에 프로젝트가 아직 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="728" />
        <source>Open</source>
        <translation>진행</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="728" />
        <source>Won</source>
        <translation>성사</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="729" />
        <source>On hold / lost</source>
        <translation>보류·무산</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="733" />
        <source>All live projects, whatever the year</source>
        <translation>연도와 관계없이 진행 중인 모든 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="740" />
        <source>On the road</source>
        <translation>출장 중</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="742" />
        <source>Tomorrow</source>
        <translation>내일 출발</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="744" />
        <source>In {0} days</source>
        <translation>{0}일 후</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="751" />
        <source>No trips ahead.</source>
        <translation>예정된 출장이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="757" />
        <source>{0} d late</source>
        <translation>{0}일 지연</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="760" />
        <source>Nothing overdue. Well done!</source>
        <translation>지연된 할 일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DelegationEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="272" />
        <source>New delegation</source>
        <translation>새 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="272" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="275" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="276" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="280" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="284" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="286" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="295" />
        <source>Other participating provinces</source>
        <translation>기타 참여 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="297" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="302" />
        <source>Departs</source>
        <translation>출발일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="303" />
        <source>Returns</source>
        <translation>귀국일</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="306" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="307" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
</context>
<context>
    <name>DelegationWindow</name>
    <message>
        <location filename="../../ui/delegations.py" line="589" />
        <source>&amp;Edit overview…</source>
        <translation>개요 편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="590" />
        <source>&amp;Leader…</source>
        <translation>단장(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="591" />
        <source>Free Economic &amp;Zones…</source>
        <translation>경제자유구역(&amp;Z)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="592" />
        <source>Export &amp;briefing pack…</source>
        <translation>브리핑 자료 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="593" />
        <source>Take on &amp;mission…</source>
        <translation>출장 팩 만들기(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="594" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="596" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="596" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="596" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="596" />
        <source>Head</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="597" />
        <source>Add member…</source>
        <translation>단원 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="598" />
        <location filename="../../ui/delegations.py" line="604" />
        <location filename="../../ui/delegations.py" line="614" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="599" />
        <location filename="../../ui/delegations.py" line="605" />
        <location filename="../../ui/delegations.py" line="625" />
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="599" />
        <source>Members</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="601" />
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="601" />
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="601" />
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="603" />
        <source>Add organisation…</source>
        <translation>참여 기관 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="610" />
        <source>Time (local)</source>
        <translation>시간(현지)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="610" />
        <source>Zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="610" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="610" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="610" />
        <location filename="../../ui/delegations.py" line="618" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="613" />
        <source>Add item…</source>
        <translation>일정 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="615" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="616" />
        <source>Itinerary</source>
        <translation>일정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="616" />
        <source>Add to &amp;calendar (.ics)…</source>
        <translation>캘린더에 추가(.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="618" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="618" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="618" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="618" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="623" />
        <source>Add investor…</source>
        <translation>투자가 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="624" />
        <source>Set status</source>
        <translation>상태 설정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="626" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="629" />
        <source>Recommendations</source>
        <translation>추천 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="645" />
        <source>Meetings held</source>
        <translation>면담 실시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="646" />
        <source>MOUs signed</source>
        <translation>MOU 체결</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="647" />
        <source>Pledged (USD)</source>
        <translation>투자 약속액(USD)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="648" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="651" />
        <source>Save results</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="654" />
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="660" />
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="711" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="712" />
        <source>Target industry</source>
        <translation>목표 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="713" />
        <source>Leader</source>
        <translation>단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="714" />
        <source>Participating provinces (★ lead)</source>
        <translation>참여 시·도(★ 주관)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="715" />
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="606" />
        <location filename="../../ui/delegations.py" line="716" />
        <source>Organisations</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="717" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="718" />
        <source>Objectives</source>
        <translation>목표</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="741" />
        <source>Korea time: %1</source>
        <translation>한국 시간: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="756" />
        <source>Targets met: %1 · activities logged: %2</source>
        <translation>면담 완료 대상: %1 · 기록된 활동: %2</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="782" />
        <source>Changed by someone else</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="783" />
        <source>Someone else saved this delegation meanwhile. Overwrite their changes with yours? (No reloads theirs.)</source>
        <translation>그사이 다른 사용자가 이 투자유치단을 저장했습니다. 내 변경 사항으로 덮어쓰시겠습니까? ('아니요'를 선택하면 다른 사용자의 버전을 다시 불러옵니다.)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="791" />
        <source>Edit delegation</source>
        <translation>투자유치단 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="820" />
        <source>Set leader</source>
        <translation>단장 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="837" />
        <source>Set Free Economic Zones</source>
        <translation>경제자유구역 지정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="847" />
        <source>Add organisation</source>
        <translation>참여 기관 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="854" />
        <source>Edit organisation</source>
        <translation>참여 기관 수정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="859" />
        <source>Remove organisation</source>
        <translation>참여 기관 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="885" />
        <source>Add member</source>
        <translation>단원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="891" />
        <source>Edit member</source>
        <translation>단원 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="896" />
        <source>Remove member</source>
        <translation>단원 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="923" />
        <source>Add to calendar</source>
        <translation>캘린더에 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="923" />
        <source>Calendar (*.ics)</source>
        <translation>캘린더 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="935" />
        <source>Calendar file written: %1</source>
        <translation>캘린더 파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="937" />
        <source>Writing the calendar file…</source>
        <translation>캘린더 파일을 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="949" />
        <source>Add itinerary item</source>
        <translation>일정 항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="974" />
        <source>Edit itinerary item</source>
        <translation>일정 항목 편집</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="983" />
        <source>Delete itinerary item</source>
        <translation>일정 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="990" />
        <source>Add an investor to meet</source>
        <translation>면담할 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="999" />
        <source>Add investor to meet</source>
        <translation>면담 대상 투자가 추가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1017" />
        <source>Set meeting status</source>
        <translation>면담 상태 설정</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1023" />
        <source>Remove investor to meet</source>
        <translation>면담 대상 투자가 제거</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="1055" />
        <source>Delegation results</source>
        <translation>투자유치단 성과</translation>
    </message>
</context>
<context>
    <name>DelegationsPage</name>
    <message>
        <location filename="../../ui/delegations.py" line="131" />
        <location filename="../../ui/delegations.py" line="152" />
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="134" />
        <source>All statuses</source>
        <translation>전체 상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="137" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="140" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="144" />
        <source>All destinations</source>
        <translation>전체 방문국</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="149" />
        <source>Part of the title</source>
        <translation>유치단명 일부</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="159" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="159" />
        <source>Dates</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="159" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="159" />
        <source>Lead province</source>
        <translation>주관 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="159" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="160" />
        <source>Destinations</source>
        <translation>방문지</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="160" />
        <source>Investors to meet</source>
        <translation>면담 대상 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="165" />
        <source>&amp;New delegation</source>
        <translation>새 투자유치단(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="168" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="225" />
        <source>%1 delegations</source>
        <translation>투자유치단 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="233" />
        <source>Delegations %1</source>
        <translation>%1년 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="250" />
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
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/documents.py" line="101" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101" />
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101" />
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101" />
        <source>Added</source>
        <translation>추가한 때</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="101" />
        <source>By</source>
        <translation>추가한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="102" />
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="107" />
        <source>Drop files here, or an e-mail (.msg, .eml) to put it on the timeline.</source>
        <translation>파일을 여기에 끌어 놓으세요. 이메일(.msg, .eml)을 놓으면 활동 기록에 들어갑니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="110" />
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="110" />
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="111" />
        <source>Save as…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="111" />
        <source>Replace…</source>
        <translation>새 판으로 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="112" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="153" />
        <source>Protected (DRM)</source>
        <translation>보안 문서(DRM)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="156" />
        <source>Outlook message</source>
        <translation>Outlook 메시지</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="157" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="157" />
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="169" />
        <source>Image (%1)</source>
        <translation>이미지 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="170" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="174" />
        <source>Document DRM (%1): cannot be previewed or searched</source>
        <translation>문서보안(DRM, %1): 미리 보기와 내용 검색을 할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="177" />
        <source>version %1</source>
        <translation>%1판</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="179" />
        <source>from an e-mail or meeting</source>
        <translation>이메일 또는 면담의 문서</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="181" />
        <source>of a %1</source>
        <translation>%1의 문서</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185" />
        <source>contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185" />
        <source>project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="185" />
        <source>investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="186" />
        <source>delegation</source>
        <translation>유치단</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="205" />
        <source>Protected by document DRM: no preview.</source>
        <translation>문서보안(DRM)이 걸린 파일: 미리 보기를 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="214" />
        <source>No preview for this kind of file.</source>
        <translation>이 종류의 파일은 미리 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="228" />
        <source>Select a document first.</source>
        <translation>먼저 문서를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="234" />
        <location filename="../../ui/documents.py" line="284" />
        <source>Add documents</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="245" />
        <source>Storing %1 file(s)…</source>
        <translation>파일 %1개를 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="286" />
        <source>Added: %1</source>
        <translation>추가했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="288" />
        <source>%1 is protected by document DRM (%2): it is kept as it is, but cannot be previewed or searched.</source>
        <translation>%1은(는) 문서보안(DRM, %2)이 걸린 파일입니다: 그대로 보관하지만 미리 보거나 내용을 검색할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="299" />
        <source>Add %1 as contacts of the investor</source>
        <translation>%1을(를) 투자가의 연락처로 추가</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="309" />
        <source>%1 was imported before: nothing new.</source>
        <translation>%1은(는) 이미 가져온 이메일입니다: 새로 만든 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="310" />
        <source>E-mail “%1” is on the timeline with %2 document(s).</source>
        <translation>이메일 “%1”을(를) 활동 기록에 넣었습니다 (문서 %2건).</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="313" />
        <source>Not yet contacts: %1</source>
        <translation>연락처에 없는 주소: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="326" />
        <source>%1 contact(s) added.</source>
        <translation>연락처 %1명을 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="383" />
        <source>Save document as</source>
        <translation>문서를 다른 이름으로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="392" />
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="398" />
        <source>Replace with a new version</source>
        <translation>새 판으로 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="406" />
        <source>Version %1 saved; the old one is kept.</source>
        <translation>%1판을 저장했습니다. 이전 판은 보관됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="414" />
        <source>Delete document</source>
        <translation>문서 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="416" />
        <source>Deleted (Ctrl+Z brings it back).</source>
        <translation>삭제했습니다 (Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="552" />
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="564" />
        <location filename="../../ui/import_wizard.py" line="569" />
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="577" />
        <source>Imported from %1: %2 created, %3 updated, %4 skipped, %5 rows left out with errors. Every record names the file in its history.</source>
        <translation>%1에서 가져옴: 생성 %2건, 갱신 %3건, 건너뜀 %4건, 오류로 제외된 행 %5개. 모든 레코드의 변경 이력에 파일 이름이 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="585" />
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
    <name>EnquiryEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="158" />
        <source>Enquiry</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="162" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="163" />
        <source>Source</source>
        <translation>경로</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="166" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="167" />
        <source>Company (not yet an investor)</source>
        <translation>회사(아직 투자가 아님)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="168" />
        <source>Who asked</source>
        <translation>문의자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="169" />
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="170" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="171" />
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="172" />
        <source>Acknowledged</source>
        <translation>착수일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="173" />
        <source>Answered</source>
        <translation>답변일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="174" />
        <source>The enquiry</source>
        <translation>문의 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="175" />
        <source>Our answer</source>
        <translation>답변 내용</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="198" />
        <source>Choose investor…</source>
        <translation>투자가 선택…</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="203" />
        <source>Investor who asked</source>
        <translation>문의한 투자가</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../ui/fez.py" line="45" />
        <source>Promotion event</source>
        <translation>홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="46" />
        <source>Title (Korean)</source>
        <translation>제목(국문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="47" />
        <source>Title (English)</source>
        <translation>제목(영문)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="51" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="54" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="63" />
        <source>FEZs taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="64" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="65" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="66" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="69" />
        <source>Leads generated</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="70" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>FdiTableDialog</name>
    <message>
        <location filename="../../ui/fdi_table.py" line="55" />
        <source>Quarterly FDI table {0} (counted as the ministry counts)</source>
        <translation>{0}년 분기별 외국인투자 실적 (산업통상부 집계 방식)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="59" />
        <source>Whole year, by quarter</source>
        <translation>연간 (분기별)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="61" />
        <source>Quarter {0}</source>
        <translation>{0}분기</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="63" />
        <source>Direct investor's (official statistics)</source>
        <translation>직접투자자 국적 (공식 통계)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="64" />
        <source>Ultimate parent's</source>
        <translation>최종모기업 국적</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="65" />
        <source>Export to Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="68" />
        <source>Period:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="70" />
        <source>Country by:</source>
        <translation>국가 기준:</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="83" />
        <source>Quarterly FDI table</source>
        <translation>분기별 외국인투자 실적표</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="85" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="85" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="85" />
        <source>Notified (신고) USD</source>
        <translation>신고 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="86" />
        <source>Arrived (도착) USD</source>
        <translation>도착 (USD)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="90" />
        <source>Projects behind the figure</source>
        <translation>수치를 이루는 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="91" />
        <location filename="../../ui/fdi_table.py" line="176" />
        <location filename="../../ui/fdi_table.py" line="218" />
        <source>Click a figure to see the projects behind it.</source>
        <translation>수치를 누르면 해당 프로젝트가 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="116" />
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="143" />
        <source>Breakdown</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="144" />
        <source>Notified (신고)</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="144" />
        <source>Arrived (도착)</source>
        <translation>도착</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="146" />
        <source>Q{0}</source>
        <translation>{0}분기</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="146" />
        <location filename="../../ui/fdi_table.py" line="161" />
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="186" />
        <source>Country by: {0}. Amounts in USD, each tranche at its date's rate.</source>
        <translation>국가 기준: {0}. 금액은 USD이며 각 금액은 해당 일자의 환율로 환산했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="192" />
        <source>Rates used (units per USD): {0}</source>
        <translation>적용 환율 (1달러당): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="194" />
        <source>No exchange rate was needed.</source>
        <translation>환율을 적용한 금액이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="197" />
        <source>Not counted, no rate on or before the date: {0}</source>
        <translation>해당 일자 이전 환율이 없어 합계에서 제외: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="221" />
        <source>{0} · {1}: {2} project(s)</source>
        <translation>{0} · {1}: 프로젝트 {2}건</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="241" />
        <source>Save the FDI table</source>
        <translation>외국인투자 실적표 저장</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="241" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="249" />
        <source>Could not save: {0}</source>
        <translation>저장하지 못했습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/fdi_table.py" line="251" />
        <source>Saved: {0}</source>
        <translation>저장했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>FezEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="540" />
        <source>Free Economic Zones taking part</source>
        <translation>참여 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="549" />
        <source>Free Economic Zones</source>
        <translation>경제자유구역</translation>
    </message>
</context>
<context>
    <name>FezPage</name>
    <message>
        <location filename="../../ui/fez.py" line="110" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="110" />
        <source>Provinces</source>
        <translation>시·도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="110" />
        <source>Since</source>
        <translation>지정 연도</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="110" />
        <source>Events</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Event</source>
        <translation>행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>Where</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="112" />
        <source>FEZs</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="113" />
        <source>Regions</source>
        <translation>권역</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="113" />
        <source>Leads</source>
        <translation>발굴 건수</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="123" />
        <source>&amp;New event…</source>
        <translation>새 행사(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="123" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="124" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="124" />
        <source>Show &amp;all events</source>
        <translation>모든 행사 보기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="138" />
        <source>Joint FEZ promotion events</source>
        <translation>경제자유구역 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="165" />
        <source>Joint promotion events of %1</source>
        <translation>%1 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="165" />
        <source>All joint promotion events</source>
        <translation>전체 공동 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="207" />
        <source>New promotion event</source>
        <translation>새 홍보 행사</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="213" />
        <source>Edit promotion event</source>
        <translation>홍보 행사 편집</translation>
    </message>
    <message>
        <location filename="../../ui/fez.py" line="218" />
        <source>Delete promotion event</source>
        <translation>홍보 행사 삭제</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="135" />
        <source>Choose the file</source>
        <translation>파일 선택</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="136" />
        <source>An Excel workbook (.xlsx) or a CSV file; title rows above the header are skipped.</source>
        <translation>Excel 통합 문서(.xlsx) 또는 CSV 파일. 머리글 위의 제목 행은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="139" />
        <source>Meetings and calls</source>
        <translation>면담 및 통화</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="140" />
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="140" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="140" />
        <source>A delegation's itinerary</source>
        <translation>투자유치단 일정</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="141" />
        <source>A delegation's members</source>
        <translation>투자유치단 단원</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="142" />
        <source>Grievance cases</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="143" />
        <source>Incentive applications</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="144" />
        <source>Enquiries</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="149" />
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155" />
        <source>Detect</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="168" />
        <source>Records</source>
        <translation>레코드 종류</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="170" />
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="171" />
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172" />
        <source>Encoding (CSV)</source>
        <translation>인코딩(CSV)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="204" />
        <source>None: investors only</source>
        <translation>없음: 투자가만</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="204" />
        <source>Choose the delegation…</source>
        <translation>투자유치단을 고르세요…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212" />
        <source>Import file</source>
        <translation>가져올 파일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="242" />
        <source>Header found in row %1: %2 columns, about %3 rows below it.</source>
        <translation>%1행에서 머리글을 찾음: 열 %2개, 그 아래 약 %3개 행.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="92" />
        <source>* required</source>
        <translation>* 필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="155" />
        <source>required</source>
        <translation>필수</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="241" />
        <source>Discard your changes?</source>
        <translation>변경 내용을 버릴까요?</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="244" />
        <source>What you typed in this editor has not been saved.</source>
        <translation>이 편집 창에 입력한 내용은 아직 저장되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/search_box.py" line="127" />
        <source>Search investors, contacts, delegations, projects, notes (Ctrl+K); one letter searches names</source>
        <translation>투자가, 담당자, 유치단, 프로젝트, 메모 검색 (Ctrl+K) · 한 글자는 이름에서만 찾습니다</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="131" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="132" />
        <source>Contact</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="133" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="134" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="135" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="136" />
        <source>Grievance case</source>
        <translation>고충 사례</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="137" />
        <source>Enquiry</source>
        <translation>투자 문의</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="138" />
        <source>Document</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="233" />
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <location filename="../../ui/search_box.py" line="253" />
        <source>Nothing found for “%1”</source>
        <translation>“%1”에 대한 검색 결과가 없습니다</translation>
    </message>
</context>
<context>
    <name>HeaderNamesTab</name>
    <message>
        <location filename="../../ui/import_names.py" line="138" />
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="138" />
        <source>Header</source>
        <translation>열 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="138" />
        <source>Where from</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="140" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="140" />
        <source>Contacts</source>
        <translation>담당자(연락처)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="141" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="141" />
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="143" />
        <source>A column header your files use, e.g. 회사 이름</source>
        <translation>내 파일에서 쓰는 열 이름 (예: 회사 이름)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="144" />
        <source>Add header</source>
        <translation>열 이름 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="145" />
        <source>Remove my header</source>
        <translation>내 열 이름 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="167" />
        <source>built in</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="167" />
        <source>mine</source>
        <translation>내 것</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="178" />
        <source>Add header %1</source>
        <translation>열 이름 %1 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="193" />
        <source>Remove header %1</source>
        <translation>열 이름 %1 삭제</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>Who</source>
        <translation>변경자</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33" />
        <source>Before</source>
        <translation>변경 전</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="34" />
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="34" />
        <source>From</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="36" />
        <source>&amp;Restore the value before this change</source>
        <translation>이 변경 이전 값으로 복원(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41" />
        <source>E&amp;xport history…</source>
        <translation>변경 이력 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="57" />
        <source>This change cannot be put back (a new record, a delete or erased data).</source>
        <translation>이 변경은 되돌릴 수 없습니다 (새 기록, 삭제, 파기된 개인정보).</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="69" />
        <source>%1 changes</source>
        <translation>변경 %1건</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="79" />
        <source>Choose a field change to restore.</source>
        <translation>복원할 필드 변경 내역을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="82" />
        <source>Put %1 back to “%2”?</source>
        <translation>%1을(를) “%2”(으)로 되돌리시겠습니까?</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="83" />
        <source>Restore a previous value</source>
        <translation>이전 값 복원</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="102" />
        <source>Export history</source>
        <translation>변경 이력 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="106" />
        <source>Writing the history…</source>
        <translation>변경 이력 저장 중…</translation>
    </message>
</context>
<context>
    <name>ImportNamesDialog</name>
    <message>
        <location filename="../../ui/import_names.py" line="276" />
        <source>Names the import reads</source>
        <translation>가져오기가 읽는 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="281" />
        <source>Column headers (mine)</source>
        <translation>열 이름 (내 것)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="282" />
        <source>Industries, countries … (everyone's)</source>
        <translation>업종·국가 등 (공용)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="284" />
        <source>A column whose header is listed here is matched to its field; a cell holding one of the other names is read as that row. Ctrl+Z undoes a change.</source>
        <translation>여기 있는 열 이름의 열은 해당 필드에 연결되고, 다른 이름이 적힌 셀은 그 항목으로 읽힙니다. Ctrl+Z로 변경을 되돌립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="287" />
        <location filename="../../ui/import_names.py" line="292" />
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="98" />
        <source>Import from Excel or CSV</source>
        <translation>Excel 또는 CSV에서 가져오기</translation>
    </message>
</context>
<context>
    <name>IncentiveEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="229" />
        <source>Incentive application</source>
        <translation>인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="232" />
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="233" />
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="234" />
        <source>Which one (e.g. 충청북도)</source>
        <translation>기관명(예: 충청북도)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="235" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="236" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="237" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="238" />
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="239" />
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="240" />
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="241" />
        <source>Jobs to create</source>
        <translation>고용 조건(명)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="242" />
        <source>Years to keep the investment</source>
        <translation>투자 유지 기간(년)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="243" />
        <source>Conditions</source>
        <translation>지원 조건</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="244" />
        <source>Clawback</source>
        <translation>환수</translation>
    </message>
</context>
<context>
    <name>InvestorActions</name>
    <message>
        <location filename="../../ui/investors.py" line="394" />
        <source>New investor %1</source>
        <translation>새 투자가 %1</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="459" />
        <source>Edit investor %1</source>
        <translation>투자가 %1 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="468" />
        <source>Delete investor %1? You can undo this (Ctrl+Z).</source>
        <translation>투자가 %1을(를) 삭제하시겠습니까? 실행 취소할 수 있습니다(Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="469" />
        <source>Delete investor</source>
        <translation>투자가 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="476" />
        <source>Delete investor %1</source>
        <translation>투자가 %1 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="529" />
        <source>Change owner of %1 investors</source>
        <translation>투자가 %1곳 담당자 변경</translation>
    </message>
</context>
<context>
    <name>InvestorEditor</name>
    <message>
        <location filename="../../ui/investors.py" line="222" />
        <source>New investor</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="222" />
        <source>Edit investor</source>
        <translation>투자가 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="225" />
        <source>Company name</source>
        <translation>회사명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="226" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="228" />
        <source>Country (ultimate parent)</source>
        <translation>국적 (최종모기업)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="234" />
        <source>Country (direct investor)</source>
        <translation>국적 (직접투자자)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="235" />
        <source>Same as the parent's</source>
        <translation>최종모기업과 같음</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="238" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="244" />
        <source>Company size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="245" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="246" />
        <source>Tags (comma separated)</source>
        <translation>태그(쉼표로 구분)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="247" />
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="248" />
        <source>a city of the country's list, or as written</source>
        <translation>국가별 도시 목록에서 고르거나 직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="249" />
        <source>Already operates in Korea</source>
        <translation>한국에서 이미 사업 중</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="250" />
        <source>Korean sites</source>
        <translation>국내 사업장</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="251" />
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
        <location filename="../../ui/investors.py" line="99" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="100" />
        <source>Korean name</source>
        <translation>국문명</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="101" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="102" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="103" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="104" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="105" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
</context>
<context>
    <name>InvestorWindow</name>
    <message>
        <location filename="../../ui/investor_page.py" line="101" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="102" />
        <source>Export &amp;profile…</source>
        <translation>프로필 내보내기(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="102" />
        <source>Company</source>
        <translation>회사</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="103" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="103" />
        <source>Job title</source>
        <translation>직함</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="103" />
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="103" />
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="103" />
        <source>Consent</source>
        <translation>동의</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="106" />
        <source>Add contact…</source>
        <translation>담당자 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="106" />
        <location filename="../../ui/investor_page.py" line="117" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="107" />
        <location filename="../../ui/investor_page.py" line="123" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="108" />
        <source>Merge two…</source>
        <translation>두 명 병합…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="109" />
        <source>Export personal data…</source>
        <translation>개인정보 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="110" />
        <source>Contacts</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="110" />
        <source>Erase on request…</source>
        <translation>요청에 따른 삭제(파기)…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="111" />
        <location filename="../../ui/investor_page.py" line="119" />
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="111" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="111" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="111" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="112" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="112" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="114" />
        <source>New project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="115" />
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="116" />
        <source>Move to stage…</source>
        <translation>단계 이동…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="117" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>With</source>
        <translation>상대</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="118" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="119" />
        <source>Officer</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="121" />
        <source>Log meeting or call…</source>
        <translation>면담·통화 기록…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="122" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="123" />
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="124" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="124" />
        <location filename="../../ui/investor_page.py" line="131" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="124" />
        <source>Assignee</source>
        <translation>배정 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="125" />
        <source>New task…</source>
        <translation>새 할 일…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="125" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="130" />
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="130" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="130" />
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="130" />
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="130" />
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="131" />
        <source>Age (days)</source>
        <translation>경과일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="131" />
        <source>Ministry or agency</source>
        <translation>관계 부처·기관</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="131" />
        <source>Home Doctor</source>
        <translation>홈닥터</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="134" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="135" />
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="138" />
        <source>New grievance case…</source>
        <translation>새 고충 사례…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="138" />
        <source>Open case…</source>
        <translation>사례 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="139" />
        <source>Acknowledge</source>
        <translation>착수</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="140" />
        <source>Resolve…</source>
        <translation>해결…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="141" />
        <source>Incentive applications of their projects</source>
        <translation>이 투자가 프로젝트의 인센티브 신청</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="143" />
        <source>Aftercare</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="147" />
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="177" />
        <source>Country (ultimate parent)</source>
        <translation>국적 (최종모기업)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="178" />
        <source>Country (direct investor)</source>
        <translation>국적 (직접투자자)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="179" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="179" />
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="180" />
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="180" />
        <source>Owner</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="180" />
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="181" />
        <source>HQ city</source>
        <translation>본사 소재지</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="182" />
        <source>Operates in Korea</source>
        <translation>한국 내 사업</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="182" />
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="182" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="183" />
        <source>Korean sites</source>
        <translation>국내 사업장</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="184" />
        <source>Notified FDI (신고)</source>
        <translation>신고 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="185" />
        <source>Arrived FDI (도착)</source>
        <translation>도착 FDI</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="186" />
        <source>Delegations meeting them</source>
        <translation>면담 예정 유치단</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="187" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="202" />
        <source>Grievance received</source>
        <translation>고충 접수</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="202" />
        <source>Grievance acknowledged</source>
        <translation>고충 처리 착수</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="203" />
        <source>Grievance resolved</source>
        <translation>고충 해결</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="203" />
        <source>Grievance withdrawn</source>
        <translation>고충 취하</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="222" />
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="231" />
        <source>Add contact</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="242" />
        <source>Edit contact</source>
        <translation>담당자 편집</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="281" />
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="281" />
        <source>Select exactly two contacts to merge.</source>
        <translation>병합할 연락처를 정확히 두 명 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="291" />
        <source>Delete contact</source>
        <translation>담당자 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="309" />
        <source>Folder for the personal data export</source>
        <translation>개인정보 내보내기 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="313" />
        <source>Exporting personal data…</source>
        <translation>개인정보 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="327" />
        <source>Erase on request</source>
        <translation>요청에 따른 삭제(파기)</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="328" />
        <source>This blanks the person's data everywhere, also in the history, and cannot be undone.
Reason (e.g. the request's date and reference):</source>
        <translation>변경 이력을 포함한 모든 곳에서 이 사람의 개인정보를 지우며, 되돌릴 수 없습니다.
사유(예: 요청 일자 및 참조 번호):</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="389" />
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="422" />
        <source>Export investor profile</source>
        <translation>투자가 프로필 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/investor_page.py" line="437" />
        <source>Writing the profile…</source>
        <translation>프로필 작성 중…</translation>
    </message>
</context>
<context>
    <name>InvestorsPage</name>
    <message>
        <location filename="../../ui/investors.py" line="583" />
        <source>Filter by name, website, tag or note…</source>
        <translation>이름, 웹사이트, 태그, 메모로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="589" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="590" />
        <source>All provinces</source>
        <translation>모든 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="591" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="592" />
        <source>All countries</source>
        <translation>전체 국가</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="593" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="603" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="604" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="625" />
        <source>&amp;New investor</source>
        <translation>새 투자가(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="628" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="630" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="632" />
        <source>Change &amp;owner…</source>
        <translation>담당자 변경(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="635" />
        <source>&amp;Merge two…</source>
        <translation>두 곳 병합(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="730" />
        <source>Merge investors</source>
        <translation>투자가 병합</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="730" />
        <source>Select exactly two investors to merge.</source>
        <translation>병합할 투자가를 정확히 두 곳 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="755" />
        <source>%1 investors</source>
        <translation>투자가 %1곳</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="768" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
</context>
<context>
    <name>ItineraryEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="368" />
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="376" />
        <source>Where (a stop of the trip)</source>
        <translation>장소 (방문 도시)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="380" />
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="381" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="385" />
        <source>Starts (local time)</source>
        <translation>시작(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="389" />
        <source>Ends (local time)</source>
        <translation>종료(현지 시간)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="394" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="395" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="396" />
        <source>Venue</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="401" />
        <source>Investor met</source>
        <translation>면담 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="402" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="444" />
        <source>This is outside the trip's dates (%1 – %2).</source>
        <translation>출장 기간(%1 – %2) 밖의 일정입니다.</translation>
    </message>
</context>
<context>
    <name>LeaderEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="523" />
        <source>Leader of the delegation</source>
        <translation>투자유치단 단장</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="525" />
        <source>(nobody yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="528" />
        <source>Leader</source>
        <translation>단장</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <location filename="../../ui/start.py" line="93" />
        <source>kotra-invest — investment attraction CRM</source>
        <translation>kotra-invest — 투자유치 CRM</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81" />
        <source>Delegations</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82" />
        <source>Investors</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="83" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="84" />
        <source>FEZ promotion</source>
        <translation>경제자유구역 홍보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Aftercare</source>
        <translation>사후관리</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127" />
        <location filename="../../ui/main_window.py" line="130" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Local file</source>
        <translation>로컬 파일</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>Shared server</source>
        <translation>공유 서버</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Signed in: %1</source>
        <translation>로그인: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>&amp;Import from Excel or CSV…</source>
        <translation>Excel 또는 CSV에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>Import &amp;names…</source>
        <translation>가져오기 이름(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;Connect to server…</source>
        <translation>서버 연결(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Open mission pack…</source>
        <translation>출장 팩 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Bring back mission…</source>
        <translation>출장 결과 가져오기(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>Merged mission &amp;packs…</source>
        <translation>병합한 출장 팩(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Return to office data</source>
        <translation>본부 데이터로 돌아가기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>&amp;Export list to Excel…</source>
        <translation>목록을 엑셀로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>&amp;Print list…</source>
        <translation>목록 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198" />
        <source>Save list as P&amp;DF…</source>
        <translation>목록을 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199" />
        <source>Export &amp;search results to Excel…</source>
        <translation>검색 결과를 엑셀로 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210" />
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>E&amp;xchange rates…</source>
        <translation>환율(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="229" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="230" />
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234" />
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244" />
        <source>&amp;About kotra-invest</source>
        <translation>kotra-invest 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266" />
        <source>This page has no list to export or print.</source>
        <translation>이 화면에는 내보내거나 인쇄할 목록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>Type something in the search box first.</source>
        <translation>먼저 검색창에 검색어를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302" />
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Search: %1</source>
        <translation>검색: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>Open mission pack</source>
        <translation>출장 팩 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365" />
        <source>kotra-invest %1 — the investment attraction CRM of the regional push.</source>
        <translation>kotra-invest %1 — 지역 투자유치 확대를 위한 투자유치 CRM.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="264" />
        <source>Match the columns</source>
        <translation>열 맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="265" />
        <source>Each column was matched by its header; change any that is wrong. Fields marked * are required.</source>
        <translation>각 열은 머리글에 따라 맞춰졌습니다. 잘못된 항목은 변경하십시오. * 표시된 필드는 필수입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268" />
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268" />
        <source>First value</source>
        <translation>첫 번째 값</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268" />
        <source>Stored as</source>
        <translation>저장할 필드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="268" />
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="274" />
        <source>Remember this matching for files with these headers</source>
        <translation>같은 머리글의 파일에 이 열 맞춤 기억</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="276" />
        <source>A header you matched by hand is also kept as your own name for that field, for any file (see Names the import reads).</source>
        <translation>직접 연결한 열 이름은 모든 파일에서 그 필드의 내 열 이름으로도 저장됩니다 (가져오기가 읽는 이름 참고).</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="278" />
        <source>Names the import reads…</source>
        <translation>가져오기가 읽는 이름…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="307" />
        <source>Chosen from the values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="316" />
        <source>— ignore —</source>
        <translation>— 무시 —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343" />
        <source>Contact person</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="343" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344" />
        <source>Last meeting</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344" />
        <source>Delegation</source>
        <translation>투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="344" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345" />
        <source>Itinerary item</source>
        <translation>일정 항목</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="345" />
        <source>Member</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="364" />
        <source>Still to match: %1</source>
        <translation>맞춤 필요: %1</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <location filename="../../ui/meetings.py" line="232" />
        <source>Log meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="249" />
        <source>Edit meeting</source>
        <translation>면담 수정</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="252" />
        <source>Delete meeting</source>
        <translation>면담 삭제</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings.py" line="32" />
        <source>Log a meeting</source>
        <translation>면담 기록</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="32" />
        <source>Meeting</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="41" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="45" />
        <source>When (local time of the place)</source>
        <translation>일시 (현지 시각)</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="50" />
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="53" />
        <source>In Korea</source>
        <translation>한국 시각</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="59" />
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="64" />
        <source>About project</source>
        <translation>관련 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="69" />
        <source>During delegation</source>
        <translation>관련 투자유치단</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="70" />
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="71" />
        <source>Their participants</source>
        <translation>상대측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="72" />
        <source>e.g. CEO Anna Lindqvist, CFO Erik Sand</source>
        <translation>예: Anna Lindqvist 대표, Erik Sand CFO</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="73" />
        <source>Our participants</source>
        <translation>우리측 참석자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="74" />
        <source>e.g. Director Kim (KOTRA), Busan FEZ</source>
        <translation>예: 김 관장(KOTRA), 부산진해경제자유구역청</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="75" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="76" />
        <source>Outcome / next step</source>
        <translation>결과 / 다음 단계</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="77" />
        <source>Create a follow-up task</source>
        <translation>후속 할 일 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="89" />
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="90" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="91" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="92" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="123" />
        <source>Korea — Asia/Seoul</source>
        <translation>한국 — Asia/Seoul</translation>
    </message>
    <message>
        <location filename="../../ui/meetings.py" line="171" />
        <source>Pick a time zone from the list</source>
        <translation>목록에서 시간대를 고르세요</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="474" />
        <source>Delegation member</source>
        <translation>유치단 단원</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="475" />
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="476" />
        <source>Name (English)</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="477" />
        <source>Organisation</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="478" />
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="479" />
        <source>Head of the delegation</source>
        <translation>유치단 단장</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="239" />
        <source>Bring back mission: %1</source>
        <translation>출장 결과 가져오기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="242" />
        <source>This pack has been merged already; there is nothing new in it.</source>
        <translation>이미 병합한 출장 팩입니다. 새로 가져올 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="244" />
        <source>New records: %1 · changed fields: %2 · conflicts: %3</source>
        <translation>새 기록 %1건 · 변경된 항목 %2개 · 충돌 %3건</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="247" />
        <source>Refused: %1 · already home: %2 · erased, not restored: %3 · possible duplicates: %4</source>
        <translation>거부: %1 · 이미 반영됨: %2 · 삭제 요청으로 복원 안 함: %3 · 중복 의심: %4</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="260" />
        <location filename="../../ui/mission.py" line="261" />
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="264" />
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="268" />
        <source>— choose —</source>
        <translation>— 선택 —</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="269" />
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="270" />
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="272" />
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="290" />
        <source>&amp;Merge</source>
        <translation>병합(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="293" />
        <source>All: keep home</source>
        <translation>모두 본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="294" />
        <source>All: keep pack</source>
        <translation>모두 출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="328" />
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
        <location filename="../../ui/mission.py" line="341" />
        <source>Merged mission packs</source>
        <translation>병합한 출장 팩</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="346" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="346" />
        <source>By</source>
        <translation>병합한 사람</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="346" />
        <source>Delegation</source>
        <translation>유치단</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="346" />
        <source>Pack</source>
        <translation>팩 파일</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="346" />
        <source>In short</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="351" />
        <source>%1 new, %2 changed, %3 conflicts, %4 refused, %5 already home</source>
        <translation>추가 %1, 변경 %2, 충돌 %3, 거부 %4, 이미 반영됨 %5</translation>
    </message>
</context>
<context>
    <name>MilestoneEditor</name>
    <message>
        <location filename="../../ui/aftercare.py" line="274" />
        <source>Procedure milestone</source>
        <translation>투자 절차 단계</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="276" />
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="277" />
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="278" />
        <source>Review ended</source>
        <translation>심사 종료일</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="279" />
        <source>Document (e.g. 신고필증 no.)</source>
        <translation>서류(예: 신고필증 번호)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="280" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Mission</name>
    <message>
        <location filename="../../ui/mission.py" line="102" />
        <source>Take on mission</source>
        <translation>출장 팩 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="124" />
        <source>The mission pack is ready: %1
Open it on the laptop with File &gt; Open mission pack.</source>
        <translation>출장 팩을 만들었습니다: %1
노트북에서 파일 &gt; 출장 팩 열기로 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="126" />
        <source>Writing the mission pack…</source>
        <translation>출장 팩을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="135" />
        <source>Passphrase (leave blank if the pack has none):</source>
        <translation>암호 (암호가 없는 팩이면 비워 두세요):</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="174" />
        <location filename="../../ui/mission.py" line="197" />
        <source>Refused</source>
        <translation>거부</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="174" />
        <location filename="../../ui/mission.py" line="197" />
        <source>Already home</source>
        <translation>이미 반영됨</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="175" />
        <location filename="../../ui/mission.py" line="198" />
        <source>Erased, not restored</source>
        <translation>삭제 요청 — 복원 안 함</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="180" />
        <location filename="../../ui/mission.py" line="204" />
        <source>Same record twice?</source>
        <translation>같은 기록 중복?</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="183" />
        <location filename="../../ui/mission.py" line="207" />
        <source>New</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="185" />
        <location filename="../../ui/mission.py" line="209" />
        <source>Changed</source>
        <translation>변경</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="193" />
        <source>Keep home</source>
        <translation>본부 값 유지</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="193" />
        <source>Keep pack</source>
        <translation>출장 팩 값 적용</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="193" />
        <source>Edit</source>
        <translation>직접 입력</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="194" />
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="221" />
        <source>What</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="221" />
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="221" />
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="222" />
        <source>At home</source>
        <translation>본부 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="222" />
        <source>In the pack</source>
        <translation>출장 팩의 값</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="222" />
        <source>Keep</source>
        <translation>선택</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="223" />
        <source>Edited value / why</source>
        <translation>직접 입력한 값 / 사유</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="407" />
        <source>Bring back mission</source>
        <translation>출장 결과 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="435" />
        <source>Merged: %1 new records, %2 changed fields; conflicts kept from home %3, from the pack %4, edited %5. The report stays under File &gt; Merged mission packs.</source>
        <translation>병합했습니다: 새 기록 %1건, 변경 항목 %2개. 충돌 중 본부 값 유지 %3건, 팩 값 사용 %4건, 직접 입력 %5건. 보고서는 파일 &gt; 병합한 출장 팩에서 다시 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="443" />
        <source>Merging the mission…</source>
        <translation>출장 결과를 병합하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="445" />
        <source>Reading the mission pack…</source>
        <translation>출장 팩을 읽는 중…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../ui/projects.py" line="222" />
        <source>Move to stage</source>
        <translation>단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="222" />
        <source>Move %1 to stage</source>
        <translation>%1 단계 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="235" />
        <source>Required when the project is lost</source>
        <translation>프로젝트 무산 시 필수</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="238" />
        <source>e.g. 12,500,000</source>
        <translation>예: 12,500,000</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="246" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="247" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="248" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="249" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="250" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="251" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="267" />
        <source>Notified amount (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="267" />
        <source>Arrived amount (도착)</source>
        <translation>도착 금액</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <location filename="../../ui/delegations.py" line="503" />
        <source>Participating organisation</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="507" />
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="508" />
        <source>Name (Korean)</source>
        <translation>이름 (한글)</translation>
    </message>
    <message>
        <location filename="../../ui/delegations.py" line="509" />
        <source>Name (English)</source>
        <translation>이름 (영문)</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../ui/investors.py" line="495" />
        <source>Change owner</source>
        <translation>담당자 변경</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="498" />
        <source>(nobody)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <location filename="../../ui/investors.py" line="506" />
        <source>New owner of %1 investors:</source>
        <translation>투자가 %1곳의 새 담당자:</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/mission.py" line="51" />
        <source>Protect the mission pack</source>
        <translation>출장 팩 보호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="56" />
        <source>Include the records' documents (%1 files, %2 MB)</source>
        <translation>기록의 문서 포함 (파일 %1개, %2 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="69" />
        <source>A laptop abroad can be lost. With a passphrase the pack is encrypted; leave it blank for none.</source>
        <translation>출장 중 노트북을 잃어버릴 수 있습니다. 암호를 정하면 출장 팩이 암호화됩니다. 암호 없이 만들려면 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="72" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="73" />
        <source>Again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/mission.py" line="83" />
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
        <location filename="../../ui/import_wizard.py" line="399" />
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="400" />
        <source>The first rows as they will be stored. Red rows have a problem and will be left out.</source>
        <translation>저장될 형태의 처음 몇 행입니다. 빨간색 행은 문제가 있어 제외됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424" />
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="424" />
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="433" />
        <source>duplicate of %1</source>
        <translation>%1과(와) 중복</translation>
    </message>
</context>
<context>
    <name>ProjectActions</name>
    <message>
        <location filename="../../ui/projects.py" line="392" />
        <source>Investor of the new project</source>
        <translation>새 프로젝트의 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="399" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="408" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="444" />
        <source>Move %1 to %2</source>
        <translation>%1을(를) %2 단계로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="449" />
        <source>Delete project %1</source>
        <translation>프로젝트 %1 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectEditor</name>
    <message>
        <location filename="../../ui/projects.py" line="295" />
        <source>New project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="295" />
        <source>Edit project</source>
        <translation>프로젝트 편집</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="298" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="299" />
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="303" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="306" />
        <source>New (신규)</source>
        <translation>신규</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="307" />
        <source>Additional by an investor already in Korea (증액)</source>
        <translation>증액 (국내 진출 기업의 추가 투자)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="308" />
        <source>New / additional</source>
        <translation>신규·증액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="311" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="313" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="315" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="317" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="318" />
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="319" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="323" />
        <source>Expected jobs</source>
        <translation>예상 고용 인원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="327" />
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="328" />
        <source>Confidential (only my team sees it)</source>
        <translation>대외비(우리 팀만 열람)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="329" />
        <source>Code name</source>
        <translation>코드명</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Project</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Since</source>
        <translation>단계 진입일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="83" />
        <source>Target province</source>
        <translation>목표 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="84" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="84" />
        <source>Notified (신고)</source>
        <translation>신고 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="84" />
        <source>Arrived (도착)</source>
        <translation>도착 금액</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="84" />
        <source>Latest notified</source>
        <translation>최근 신고일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="85" />
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="85" />
        <source>Latest arrived</source>
        <translation>최근 도착일</translation>
    </message>
</context>
<context>
    <name>ProjectWindow</name>
    <message>
        <location filename="../../ui/project_page.py" line="74" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="75" />
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="76" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="76" />
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="77" />
        <location filename="../../ui/project_page.py" line="86" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="77" />
        <location filename="../../ui/project_page.py" line="105" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="77" />
        <location filename="../../ui/project_page.py" line="98" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="77" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="77" />
        <location filename="../../ui/project_page.py" line="106" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="82" />
        <source>Add amount…</source>
        <translation>금액 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="82" />
        <location filename="../../ui/project_page.py" line="92" />
        <location filename="../../ui/project_page.py" line="101" />
        <location filename="../../ui/project_page.py" line="108" />
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="83" />
        <location filename="../../ui/project_page.py" line="89" />
        <location filename="../../ui/project_page.py" line="104" />
        <location filename="../../ui/project_page.py" line="110" />
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="83" />
        <source>Notified / arrived</source>
        <translation>신고/도착</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>From</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>To</source>
        <translation>새 단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>Who</source>
        <translation>누가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="84" />
        <source>Recorded</source>
        <translation>기록 시각</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="85" />
        <source>Stages</source>
        <translation>단계 이력</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86" />
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86" />
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86" />
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86" />
        <source>With</source>
        <translation>상대방</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="86" />
        <source>Officer</source>
        <translation>담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="88" />
        <source>Log meeting…</source>
        <translation>면담 기록…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="88" />
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="89" />
        <source>Meetings</source>
        <translation>면담</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="90" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="90" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="90" />
        <location filename="../../ui/project_page.py" line="98" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="90" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="92" />
        <source>New task…</source>
        <translation>새 할 일…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93" />
        <source>Done / reopen</source>
        <translation>완료 / 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="93" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="98" />
        <source>Incentive</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="98" />
        <source>Granting body</source>
        <translation>지원 기관</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="98" />
        <source>Applied</source>
        <translation>신청일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Approved</source>
        <translation>승인일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Paid</source>
        <translation>지급일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Jobs</source>
        <translation>고용(명)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="99" />
        <source>Years</source>
        <translation>유지(년)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="101" />
        <source>New application…</source>
        <translation>새 신청…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="102" />
        <source>Next step (approved, paid)</source>
        <translation>다음 단계(승인, 지급)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="103" />
        <location filename="../../ui/project_page.py" line="109" />
        <source>Documents…</source>
        <translation>문서…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="104" />
        <source>Incentives</source>
        <translation>인센티브</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <source>Review ended</source>
        <translation>심사 종료일</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <source>Document</source>
        <translation>서류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="105" />
        <source>Recorded by</source>
        <translation>기록자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="108" />
        <source>Add milestone…</source>
        <translation>단계 추가…</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="110" />
        <source>Procedure</source>
        <translation>투자 절차</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="116" />
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="138" />
        <source>since %1</source>
        <translation>%1부터</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="140" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="140" />
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="141" />
        <source>Stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="142" />
        <source>Lost because</source>
        <translation>무산 사유</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="143" />
        <source>Target province</source>
        <translation>대상 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="143" />
        <source>Free Economic Zone</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="143" />
        <source>Industry</source>
        <translation>산업</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="144" />
        <source>Planned investment</source>
        <translation>투자 계획 금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="145" />
        <source>Expected jobs</source>
        <translation>예상 고용</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="146" />
        <source>Probability</source>
        <translation>성사 가능성</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="147" />
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="148" />
        <source>Confidential</source>
        <translation>대외비</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="148" />
        <source>yes — code name %1</source>
        <translation>예 — 코드명 %1</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="148" />
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="186" />
        <source>+ %1 (not converted)</source>
        <translation>+ %1 (환산 전)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="195" />
        <source>History</source>
        <translation>변경 이력</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="209" />
        <source>Add FDI amount</source>
        <translation>투자 금액 추가</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="216" />
        <source>Edit FDI amount</source>
        <translation>투자 금액 수정</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="220" />
        <source>Delete FDI amount</source>
        <translation>투자 금액 삭제</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/projects.py" line="629" />
        <source>Filter by title, code name or investor…</source>
        <translation>제목, 코드명, 투자가로 필터…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="631" />
        <source>All stages</source>
        <translation>전체 단계</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="632" />
        <source>All regions</source>
        <translation>전체 권역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="633" />
        <source>All provinces</source>
        <translation>모든 시·도</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="635" />
        <source>All industries</source>
        <translation>전체 산업</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="636" />
        <source>All FEZs</source>
        <translation>전체 경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="638" />
        <source>All owners</source>
        <translation>전체 담당 직원</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="639" />
        <source>Mine</source>
        <translation>내 담당</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="642" />
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="643" />
        <source>Board</source>
        <translation>보드</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="672" />
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="673" />
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="674" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="675" />
        <source>&amp;Move to stage…</source>
        <translation>단계 이동(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="676" />
        <source>Open &amp;investor</source>
        <translation>투자가 열기(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="677" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/projects.py" line="791" />
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
    <name>RatesDialog</name>
    <message>
        <location filename="../../ui/rates.py" line="51" />
        <location filename="../../ui/rates.py" line="62" />
        <source>Exchange rates</source>
        <translation>환율</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="53" />
        <source>1 USD = N units of the currency, from the date on. A non-USD amount converts at the most recent rate on or before its date; one with no such rate is left out of the totals and listed.</source>
        <translation>1달러당 해당 통화 금액이며, 기준일부터 적용됩니다. USD가 아닌 금액은 그 일자 이전의 가장 최근 환율로 환산하고, 환율이 없는 금액은 합계에서 빼고 따로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="60" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="60" />
        <source>From</source>
        <translation>적용일</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="60" />
        <source>Units per USD</source>
        <translation>1달러당</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="60" />
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="67" />
        <source>e.g. KRW</source>
        <translation>예: KRW</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="74" />
        <source>e.g. 1,385.50</source>
        <translation>예: 1,385.50</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="76" />
        <source>Source (optional)</source>
        <translation>출처 (선택)</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="77" />
        <source>Save rate</source>
        <translation>환율 저장</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="78" />
        <source>Currency:</source>
        <translation>통화:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="78" />
        <source>From:</source>
        <translation>적용일:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="79" />
        <source>Units per USD:</source>
        <translation>1달러당:</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="87" />
        <source>Delete selected</source>
        <translation>선택 항목 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="88" />
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="94" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="154" />
        <source>Save exchange rate</source>
        <translation>환율 저장</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="155" />
        <source>Saved: {0} from {1}, 1 USD = {2} (Ctrl+Z takes it back)</source>
        <translation>저장했습니다: {0} {1}부터 1 USD = {2} (Ctrl+Z로 되돌립니다)</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="164" />
        <source>Delete exchange rate</source>
        <translation>환율 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="165" />
        <source>Deleted (Ctrl+Z brings it back).</source>
        <translation>삭제했습니다 (Ctrl+Z로 되돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="182" />
        <source>Imported {0} rates (Ctrl+Z takes them back).</source>
        <translation>환율 {0}건을 가져왔습니다 (Ctrl+Z로 되돌립니다).</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="161" />
        <source>Select a rate to delete.</source>
        <translation>삭제할 환율을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="169" />
        <location filename="../../ui/rates.py" line="180" />
        <source>Import exchange rates</source>
        <translation>환율 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/rates.py" line="170" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/access_reason.py" line="40" />
        <source>Reason for the access log</source>
        <translation>개인정보 접속기록 사유</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="43" />
        <source>You are about to %1. It carries personal data, so the access log keeps why. This reason is kept for the rest of this session.</source>
        <translation>%1 합니다. 개인정보가 담겨 있어 접속기록에 사유를 남깁니다. 이 사유는 이번 세션 동안 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/access_reason.py" line="51" />
        <source>e.g. meeting with the CFO on 3 December</source>
        <translation>예: 12월 3일 CFO 면담 준비</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <location filename="../../ui/recommendations.py" line="78" />
        <location filename="../../ui/recommendations.py" line="93" />
        <source>Investor</source>
        <translation>투자가</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="78" />
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="78" />
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="78" />
        <location filename="../../ui/recommendations.py" line="93" />
        <source>Why</source>
        <translation>추천 이유</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="85" />
        <source>&amp;Add to investors to meet</source>
        <translation>면담 대상에 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="86" />
        <source>&amp;Dismiss for this trip</source>
        <translation>이번 유치단에서 제외(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="87" />
        <source>Re&amp;fresh</source>
        <translation>새로 고침(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="88" />
        <source>&amp;Weights…</source>
        <translation>가중치(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="90" />
        <source>Day-plan hint for the investors to meet: a draft. Change the day or city, then put the rows you choose on the itinerary (nothing is written before).</source>
        <translation>면담 대상 일정 제안(초안): 날짜나 도시를 고친 뒤 고른 행을 일정에 넣으세요(그 전에는 아무것도 저장되지 않습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="93" />
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="93" />
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="99" />
        <source>&amp;Suggest again</source>
        <translation>다시 제안(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="100" />
        <source>&amp;Put selected on the itinerary</source>
        <translation>선택한 행을 일정에 넣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="126" />
        <source>Investors to consider for this trip, best first, with the reasons. Weights: %1</source>
        <translation>이번 유치단이 만나 볼 투자가(추천순)와 추천 이유. 가중치: %1</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="162" />
        <source>Dismiss %1</source>
        <translation>%1 추천 제외</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="184" />
        <source>Change the recommendation weights</source>
        <translation>추천 가중치 변경</translation>
    </message>
    <message>
        <location filename="../../ui/recommendations.py" line="260" />
        <source>Put meetings on the itinerary</source>
        <translation>면담을 일정에 넣기</translation>
    </message>
</context>
<context>
    <name>RecordDocumentsDialog</name>
    <message>
        <location filename="../../ui/documents.py" line="433" />
        <source>Documents — %1</source>
        <translation>문서 — %1</translation>
    </message>
</context>
<context>
    <name>RecordWindow</name>
    <message>
        <location filename="../../ui/record_window.py" line="31" />
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/record_window.py" line="33" />
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReferenceNamesTab</name>
    <message>
        <location filename="../../ui/import_names.py" line="203" />
        <source>Row</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="203" />
        <source>Other name</source>
        <translation>다른 이름</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="203" />
        <source>Where from</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="205" />
        <source>Industries</source>
        <translation>업종</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="205" />
        <source>Countries</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="206" />
        <source>Provinces</source>
        <translation>시도</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="206" />
        <source>Free economic zones</source>
        <translation>경제자유구역</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="207" />
        <source>Pipeline stages</source>
        <translation>진행 단계</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="209" />
        <source>A name officers write, e.g. 의료기기</source>
        <translation>담당자들이 쓰는 이름 (예: 의료기기)</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="210" />
        <source>Add name</source>
        <translation>이름 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="211" />
        <source>Remove name</source>
        <translation>이름 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="239" />
        <source>built in</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="239" />
        <source>added</source>
        <translation>추가됨</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="250" />
        <source>Add name %1</source>
        <translation>이름 %1 추가</translation>
    </message>
    <message>
        <location filename="../../ui/import_names.py" line="265" />
        <source>Remove name %1</source>
        <translation>이름 %1 삭제</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start.py" line="103" />
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/aftercare.py" line="296" />
        <source>Response-time targets</source>
        <translation>응답 목표 기한</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="300" />
        <source>Acknowledge a grievance within (days)</source>
        <translation>고충 착수 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="301" />
        <source>Resolve a grievance within (days)</source>
        <translation>고충 해결 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="302" />
        <source>Acknowledge an enquiry within (days)</source>
        <translation>문의 착수 기한(일)</translation>
    </message>
    <message>
        <location filename="../../ui/aftercare.py" line="303" />
        <source>Answer an enquiry within (days)</source>
        <translation>문의 답변 기한(일)</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <location filename="../../ui/tasks.py" line="76" />
        <source>New task</source>
        <translation>새 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="80" />
        <source>Edit task</source>
        <translation>할 일 수정</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="85" />
        <source>Complete %1</source>
        <translation>%1 완료</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="85" />
        <source>Reopen %1</source>
        <translation>%1 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="86" />
        <source>Cancel %1</source>
        <translation>%1 취소</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="97" />
        <source>Delete task %1</source>
        <translation>할 일 %1 삭제</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <location filename="../../ui/tasks.py" line="40" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="41" />
        <source>What is to be done</source>
        <translation>할 일 내용</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="45" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="49" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="50" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/tasks.py" line="113" />
        <source>My tasks</source>
        <translation>내 할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="113" />
        <source>My office</source>
        <translation>우리 부서</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="113" />
        <source>Everyone</source>
        <translation>전체 직원</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="116" />
        <source>Overdue only</source>
        <translation>기한 지난 항목만</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="117" />
        <source>Show completed and cancelled</source>
        <translation>완료·취소된 할 일도 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>Task</source>
        <translation>할 일</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>About</source>
        <translation>관련 대상</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="126" />
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="127" />
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="140" />
        <source>&amp;New task…</source>
        <translation>새 할 일(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="141" />
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142" />
        <source>&amp;Done / reopen (Space)</source>
        <translation>완료 / 다시 열기(&amp;D) (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143" />
        <source>&amp;Cancel task</source>
        <translation>할 일 취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="144" />
        <source>Open what it is &amp;about</source>
        <translation>관련 대상 열기(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="145" />
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="177" />
        <source>Overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="179" />
        <source>%1 tasks, %2 overdue</source>
        <translation>할 일 %1건, 기한 지남 %2건</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="193" />
        <source>No open tasks are assigned to you (%1). New tasks, and follow-ups of meetings, are assigned to whoever you choose.</source>
        <translation>%1 님에게 배정된 진행 중인 할 일이 없습니다. 새 할 일과 면담의 후속 조치는 지정한 담당자에게 배정됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="196" />
        <source>No open tasks here.</source>
        <translation>진행 중인 할 일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="198" />
        <source>Show everyone's tasks</source>
        <translation>전체 직원의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="198" />
        <source>Show my office's tasks</source>
        <translation>우리 부서의 할 일 보기</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="205" />
        <source>Tasks</source>
        <translation>할 일</translation>
    </message>
</context>
<context>
    <name>TrancheEditor</name>
    <message>
        <location filename="../../ui/project_page.py" line="32" />
        <source>FDI amount</source>
        <translation>투자 금액 (신고/도착)</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="36" />
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="37" />
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="38" />
        <source>Currency</source>
        <translation>통화</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="43" />
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <location filename="../../ui/project_page.py" line="44" />
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/recommend_weights.py" line="27" />
        <source>Recommendation weights</source>
        <translation>추천 가중치</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="28" />
        <source>How much each signal counts when investors are ranked for a delegation, for the whole office. A number from -10 to 10; 0 leaves the signal out.</source>
        <translation>유치단에 투자가를 추천할 때 각 신호가 얼마나 반영되는지 정합니다(사무소 전체에 적용). -10부터 10 사이의 숫자이며, 0이면 그 신호를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="33" />
        <source>The delegation's target industry (1), or a lead province's strategic industry (0.5).</source>
        <translation>유치단 목표 산업(1) 또는 주관 시·도의 전략산업(0.5).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="34" />
        <source>HQ in a destination city (1), or in a destination's country (0.4).</source>
        <translation>본사가 방문 도시에 있음(1) 또는 방문국에 있음(0.4).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="35" />
        <source>A project at an open stage (further along, more); FDI in the past year.</source>
        <translation>진행 중인 단계의 프로젝트(단계가 높을수록 큼), 최근 1년 내 투자금 신고·도착.</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="36" />
        <source>Never met (0.6), or not met for six months and more (up to 1 at a year).</source>
        <translation>접촉 기록 없음(0.6) 또는 6개월 이상 면담하지 않음(1년이면 1).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="37" />
        <source>A site in a lead province (1), or operating in Korea (0.4).</source>
        <translation>주관 시·도에 사업장 있음(1) 또는 국내 진출(0.4).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="38" />
        <source>An open grievance case: negative ranks the investor down (it is always shown).</source>
        <translation>미해결 고충 사례: 음수이면 순위를 낮춥니다(숨기지 않고 항상 표시).</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="52" />
        <source>Reset to defaults</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <location filename="../../ui/recommend_weights.py" line="59" />
        <source>Only an administrator can change the weights.</source>
        <translation>관리자만 가중치를 바꿀 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="63" />
        <source>Contact persons</source>
        <translation>상대 담당자</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63" />
        <source>Projects</source>
        <translation>프로젝트</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="63" />
        <source>Last meetings</source>
        <translation>최근 접촉</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64" />
        <source>New investors</source>
        <translation>새 투자가</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="64" />
        <source>New officer accounts</source>
        <translation>새 직원 계정</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="65" />
        <source>The delegation's investors to meet</source>
        <translation>투자유치단 면담 대상</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67" />
        <source>%1: %2 new, %3 updated, %4 duplicates skipped.</source>
        <translation>%1: 추가 %2, 갱신 %3, 중복 건너뜀 %4.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="77" />
        <source>Columns chosen from their values:</source>
        <translation>값을 보고 정한 열:</translation>
    </message>
</context>
</TS>