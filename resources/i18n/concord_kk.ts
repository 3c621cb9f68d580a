<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <source>not loaded yet (it loads in the background)</source>
        <translation>әлі жүктелмеген (фонда жүктеледі)</translation>
    </message>
    <message>
        <source>trained statistical model</source>
        <translation>оқытылған статистикалық модель</translation>
    </message>
    <message>
        <source>rules only, no trained model</source>
        <translation>тек ережелер, оқытылған модельсіз</translation>
    </message>
    <message>
        <source>not part of this version</source>
        <translation>бұл нұсқада жоқ</translation>
    </message>
    <message>
        <source>not installed: links are found from shared words and references only</source>
        <translation>орнатылмаған: байланыстар тек ортақ сөздер мен сілтемелер бойынша табылады</translation>
    </message>
    <message>
        <source>NLP pipeline</source>
        <translation>NLP конвейері</translation>
    </message>
    <message>
        <source>Sentence embeddings</source>
        <translation>Сөйлем векторлары</translation>
    </message>
    <message>
        <source>Checks that regional and sector plans take up the national plans above them: links, coverage gaps, duplicated or conflicting aims, indicator quality, missing risk and resource sections.</source>
        <translation>Өңірлік және салалық жоспарлардың жоғары тұрған ұлттық жоспарларды ескеретінін тексереді: байланыстар, қамтудағы олқылықтар, қайталанатын немесе қайшы мақсаттар, көрсеткіштер сапасы, тәуекелдер мен ресурстар бөлімдерінің болмауы.</translation>
    </message>
    <message>
        <source>Everything runs on this computer; no document leaves it.</source>
        <translation>Барлығы осы компьютерде орындалады; құжаттар ешқайда жіберілмейді.</translation>
    </message>
    <message>
        <source>About Concord</source>
        <translation>Concord туралы</translation>
    </message>
</context>
<context>
    <name>Alignment</name>
    <message>
        <source>Score {0:.2f} (rank {1})</source>
        <translation>Баға {0:.2f} ({1}-орын)</translation>
    </message>
    <message>
        <source>Added by the planner</source>
        <translation>Маман қосқан</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Мәртебесі: {0}</translation>
    </message>
    <message>
        <source>Accepted by the analysis (score ≥ {0:.2f})</source>
        <translation>Талдау қабылдады (баға ≥ {0:.2f})</translation>
    </message>
    <message>
        <source>Below the acceptance threshold {0:.2f}</source>
        <translation>Қабылдау шегінен {0:.2f} төмен</translation>
    </message>
</context>
<context>
    <name>AlignmentMatrixModel</name>
    <message>
        <source>Not proposed as a parent of this item</source>
        <translation>Бұл элемент үшін жоғары тұрған ретінде ұсынылмаған</translation>
    </message>
</context>
<context>
    <name>AlignmentView</name>
    <message>
        <source>The lower-level plan whose objectives are matched against the plans above it</source>
        <translation>Міндеттері жоғары тұрған жоспарлармен салыстырылатын төменгі деңгейдегі жоспар</translation>
    </message>
    <message>
        <source>All higher-level objectives</source>
        <translation>Барлық жоғары міндеттер</translation>
    </message>
    <message>
        <source>Also show higher-level goals and objectives that no item of this plan was matched to (gaps in coverage)</source>
        <translation>Осы жоспардың бірде-бір элементі сәйкестендірілмеген жоғары деңгейдегі мақсаттар мен міндеттерді де көрсету (қамтудағы олқылықтар)</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>күшті</translation>
    </message>
    <message>
        <source>✓ confirmed</source>
        <translation>✓ расталды</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ қабылданбады</translation>
    </message>
    <message>
        <source>Link score (0–100) of each proposed parent:</source>
        <translation>Әр ұсынылған жоғары тұрған элементпен байланыс бағасы (0–100):</translation>
    </message>
    <message>
        <source>Lower-level plan:</source>
        <translation>Төменгі деңгей жоспары:</translation>
    </message>
    <message>
        <source>Each cell is a proposed link from the row&apos;s item to the column&apos;s higher-level item; the number is the score out of 100</source>
        <translation>Әр ұяшық — жолдағы элементтің бағандағы жоғары тұрған элементпен ұсынылған байланысы; сан — 100-ден алынған баға</translation>
    </message>
    <message>
        <source>Select a candidate to see the evidence for the link: shared terms, numbers and explicit references.</source>
        <translation>Байланыс негіздемесін көру үшін үміткерді таңдаңыз: ортақ терминдер, сандар және тікелей сілтемелер.</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>Байланысты &amp;растау</translation>
    </message>
    <message>
        <source>This item implements the selected higher-level item (C). Saved in the project; findings update at once.</source>
        <translation>Бұл элемент таңдалған жоғары тұрған элементті іске асырады (C). Жобада сақталады; ескертулер бірден жаңартылады.</translation>
    </message>
    <message>
        <source>&amp;Reject link</source>
        <translation>Байланысты қабылда&amp;мау</translation>
    </message>
    <message>
        <source>The selected higher-level item is not this item&apos;s parent (R)</source>
        <translation>Таңдалған жоғары тұрған элемент бұл элементтің аталық элементі емес (R)</translation>
    </message>
    <message>
        <source>C&amp;lear decision</source>
        <translation>Шешімді &amp;тазарту</translation>
    </message>
    <message>
        <source>Forget your decision; the analysis decides again (0)</source>
        <translation>Шешіміңізді ұмыту; талдау қайта шешеді (0)</translation>
    </message>
    <message>
        <source>Plans: {0}</source>
        <translation>Жоспарлар: {0}</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to match each plan&apos;s objectives with the plans above it.</source>
        <translation>Әр жоспардың міндеттерін жоғары тұрған жоспарлармен сәйкестендіру үшін талдауды іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>No plan has a higher-level plan to be checked against. Set each document&apos;s level and rank in the Documents tab (1 = national strategy), then run the analysis again.</source>
        <translation>Бірде-бір жоспардың салыстыратын жоғары тұрған жоспары жоқ. «Құжаттар» қойындысында әр құжаттың деңгейі мен дәрежесін көрсетіңіз (1 = ұлттық стратегия), содан кейін талдауды қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>No goals or objectives were found in this plan.</source>
        <translation>Бұл жоспардан мақсаттар мен міндеттер табылмады.</translation>
    </message>
    <message>
        <source>No higher-level objective matches this plan&apos;s objectives. Tick &apos;All higher-level objectives&apos; to link them by hand.</source>
        <translation>Жоғары деңгейдің бірде-бір міндеті бұл жоспардың міндеттеріне сәйкес келмейді. Оларды қолмен байланыстыру үшін «Жоғары деңгейдің барлық міндеттері» белгісін қойыңыз.</translation>
    </message>
    <message>
        <source>No evidence recorded</source>
        <translation>Негіздеме жазылмаған</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} candidate parent(s)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — жоғары тұрғанға үміткерлер: {1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No results yet</source>
        <translation>Әзірге нәтиже жоқ</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Rank</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Higher-level item</source>
        <translation>Жоғары тұрған элемент</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>added</source>
        <translation>қосылды</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Не өзгерді</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Compare with the last drafts</source>
        <translation>Алдыңғы редакциялармен салыстыру</translation>
    </message>
    <message>
        <source>Compare each document that has earlier versions with its last draft, both checked against the same higher-level plans</source>
        <translation>Бұрынғы редакциялары бар әр құжатты соңғысымен салыстыру; екі редакция да бірдей жоғары тұрған жоспарлар бойынша тексеріледі</translation>
    </message>
    <message>
        <source>Before/after tracked changes</source>
        <translation>Түзетулерге дейін/кейін</translation>
    </message>
    <message>
        <source>Compare a Word draft as it was before its tracked changes with the text analysed (insertions accepted, deletions dropped)</source>
        <translation>Word жобасын жазылған түзетулерге дейінгі күйінде талданатын мәтінмен салыстыру (қосылғандар қабылданған, өшірілгендер алынып тасталған)</translation>
    </message>
    <message>
        <source>Show one kind of change</source>
        <translation>Өзгерістің бір түрін көрсету</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Өзгерістерден іздеу…</translation>
    </message>
    <message>
        <source>Show changes whose item or sentence contains all these words</source>
        <translation>Элементінде немесе сипаттамасында осы сөздердің бәрі бар өзгерістерді көрсету</translation>
    </message>
    <message>
        <source>No comparison yet. Give a document its earlier draft (Documents tab, Versions) and run the analysis (F5): Concord then lists what changed since that draft, which findings the redraft resolved and which it brought. A Word draft with tracked changes can be compared before and after them with the button above.</source>
        <translation>Салыстыру әлі жоқ. Құжатқа оның бұрынғы редакциясын көрсетіңіз («Құжаттар» қойындысы, «Редакциялар» түймесі) және талдауды іске қосыңыз (F5): Concord сол редакциядан бері не өзгергенін, пысықтау қандай ескертулерді жойғанын және қандайларын қосқанын көрсетеді. Жазылған түзетулері бар Word жобасын жоғарыдағы түймемен түзетулерге дейін және кейін салыстыруға болады.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Көрсету:</translation>
    </message>
    <message>
        <source>All changes ({0})</source>
        <translation>Барлық өзгерістер ({0})</translation>
    </message>
    <message>
        <source>{0}: before → after its tracked changes</source>
        <translation>{0}: жазылған түзетулерге дейін → кейін</translation>
    </message>
    <message>
        <source>{0} changes to items · {1} findings resolved · {2} new · {3} still open · {4} unchanged</source>
        <translation>элементтердегі өзгерістер: {0} · жойылған ескертулер: {1} · жаңа: {2} · жойылмаған: {3} · өзгеріссіз: {4}</translation>
    </message>
    <message>
        <source>{0} ({1} insertions, {2} deletions)</source>
        <translation>{0} (қосылғандар: {1}, өшірілгендер: {2})</translation>
    </message>
    <message>
        <source>Before the tracked changes</source>
        <translation>Жазылған түзетулерге дейін</translation>
    </message>
    <message>
        <source>Earlier draft</source>
        <translation>Бұрынғы редакция</translation>
    </message>
    <message>
        <source>With the tracked changes</source>
        <translation>Жазылған түзетулермен</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Ағымдағы редакция</translation>
    </message>
    <message>
        <source>Not in the earlier draft</source>
        <translation>Бұрынғы редакцияда жоқ</translation>
    </message>
    <message>
        <source>Not in the current draft</source>
        <translation>Ағымдағы редакцияда жоқ</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Amounts</source>
        <translation>Сомалар</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурстар</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Азайту шаралары</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Сілтеме жасайды</translation>
    </message>
    <message>
        <source>Parent in</source>
        <translation>Жоғары тұрғаны</translation>
    </message>
    <message>
        <source>Target as stated</source>
        <translation>Құжаттағы мақсат</translation>
    </message>
    <message>
        <source>Baseline as stated</source>
        <translation>Құжаттағы базалық мән</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Орны</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Құрамында</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Өлшем бірлігі</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базалық мән</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Мақсатты мәндер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Бағыты</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Деректер көзі</translation>
    </message>
    <message>
        <source>Candidate higher-level parents</source>
        <translation>Жоғары тұрған элементтерге үміткерлер</translation>
    </message>
    <message>
        <source>review in Alignment</source>
        <translation>«Сәйкестік» бөлімінде тексеру</translation>
    </message>
    <message>
        <source>Lower-level items proposed to implement this</source>
        <translation>Іске асыру үшін ұсынылған төменгі деңгей элементтері</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>алып тасталды</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Не істеу керек</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Дәреже</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>The document file; drop more files on the window or use File &gt; Add documents</source>
        <translation>Құжат файлы; файлдарды терезеге сүйреп әкеліңіз немесе Файл &gt; Құжаттарды қосу мәзірін пайдаланыңыз</translation>
    </message>
    <message>
        <source>The name charts, the alignment matrix and tables use for this document; made from the title unless you type your own (kept in the project)</source>
        <translation>Диаграммаларда, сәйкестік матрицасында және кестелерде қолданылатын құжат атауы; өзіңіз жазбасаңыз, тақырыбынан құрастырылады (жобада сақталады)</translation>
    </message>
    <message>
        <source>National, regional or local plan</source>
        <translation>Ұлттық, өңірлік немесе жергілікті жоспар</translation>
    </message>
    <message>
        <source>Place in the plan hierarchy: 1 is the top. Each plan is checked against plans with a smaller rank</source>
        <translation>Жоспарлар иерархиясындағы орны: 1 — ең жоғарғы деңгей. Әр жоспар дәрежесі кіші жоспарлар бойынша тексеріледі</translation>
    </message>
    <message>
        <source>The region the plan covers (empty for national plans)</source>
        <translation>Жоспар қамтитын өңір (ұлттық жоспарлар үшін бос)</translation>
    </message>
    <message>
        <source>The years the plan covers, e.g. 2021–2025</source>
        <translation>Жоспар қамтитын жылдар, мысалы 2021–2025</translation>
    </message>
    <message>
        <source>Whether the last analysis could read the document</source>
        <translation>Соңғы талдау құжатты оқи алды ма</translation>
    </message>
    <message>
        <source>The title read from the document</source>
        <translation>Құжаттан оқылған атауы</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Файл табылмады</translation>
    </message>
    <message>
        <source>{0} is not at {1}. Move it back, or remove it from the project and add it again from its new place.</source>
        <translation>{0} файлы {1} жолында жоқ. Файлды орнына қайтарыңыз немесе жобадан алып тастап, жаңа орнынан қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Әлі талданбаған</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to read this document</source>
        <translation>Бұл құжатты оқу үшін талдауды іске қосыңыз (F5)</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Оқу мүмкін болмады</translation>
    </message>
    <message>
        <source>Read with warnings</source>
        <translation>Ескертулермен оқылды</translation>
    </message>
    <message>
        <source>Part of the file was skipped</source>
        <translation>Файлдың бір бөлігі өткізіліп жіберілді</translation>
    </message>
    <message>
        <source>Read: {0} items</source>
        <translation>Оқылды: {0} элемент</translation>
    </message>
    <message>
        <source>What the document is: a development plan or programme, a sectoral strategy, a climate pledge, a decree approving a plan or an analytical input. Concord reads it from the text; the severity of the findings follows it</source>
        <translation>Құжаттың түрі: даму жоспары немесе бағдарламасы, салалық стратегия, климаттық міндеттемелер, жоспарды бекіту туралы қаулы немесе талдамалық материал. Concord оны мәтіннен анықтайды; ескертулердің маңыздылығы соған байланысты</translation>
    </message>
    <message>
        <source>tracked changes accepted</source>
        <translation>түзетулер қабылданды</translation>
    </message>
    <message>
        <source>The draft has tracked changes ({0} insertions, {1} deletions): Concord read it with the insertions accepted and the deletions dropped. Changes tab: compare before/after them.</source>
        <translation>Жобада жазылған түзетулер бар (қосылғандар: {0}, өшірілгендер: {1}): Concord оны қосылғандарын қабылдап, өшірілгендерін алып тастап оқыды. «Өзгерістер» қойындысы: түзетулерге дейін және кейін салыстыру.</translation>
    </message>
    <message>
        <source>Read without problems</source>
        <translation>Ақаусыз оқылды</translation>
    </message>
    <message>
        <source>You set this document to be a {0}. Double-click and choose “As Concord reads it” to go back.</source>
        <translation>Сіз құжат түрін көрсеттіңіз: {0}. Бұрынғысына қайтару үшін екі рет шертіп, «Concord анықтағандай» таңдаңыз.</translation>
    </message>
    <message>
        <source>Run the analysis (F5): Concord reads what the document is from its text</source>
        <translation>Талдауды іске қосыңыз (F5): Concord құжат түрін оның мәтінінен анықтайды</translation>
    </message>
    <message>
        <source>Concord took this document for a {0}</source>
        <translation>Concord бұл құжатты былай анықтады: {0}</translation>
    </message>
    <message>
        <source>(it reads {0} in its title or opening)</source>
        <translation>(атауында немесе басында: {0})</translation>
    </message>
    <message>
        <source>Double-click to correct it; the severity of its findings follows the kind.</source>
        <translation>Түзету үшін екі рет шертіңіз; ескертулердің маңыздылығы құжат түріне байланысты.</translation>
    </message>
    <message>
        <source>{0} (+{1} earlier)</source>
        <translation>{0} (+{1} бұрынғы)</translation>
    </message>
    <message>
        <source>Earlier draft: {0}</source>
        <translation>Бұрынғы редакция: {0}</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Өзгерту үшін екі рет шертіңіз</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The documents&apos; structure: sections, goals, objectives and indicators. Click an entry to show it in the text.</source>
        <translation>Құжаттар құрылымы: бөлімдер, мақсаттар, міндеттер және көрсеткіштер. Мәтінде көрсету үшін жазбаны шертіңіз.</translation>
    </message>
    <message>
        <source>Filter the structure…</source>
        <translation>Құрылымды сүзу…</translation>
    </message>
    <message>
        <source>Show only entries whose text contains these words</source>
        <translation>Мәтінінде осы сөздер бар жазбаларды ғана көрсету</translation>
    </message>
    <message>
        <source>Evidence of the selected finding</source>
        <translation>Таңдалған ескертудің негіздемесі</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Белгіленгені:</translation>
    </message>
    <message>
        <source>Click a highlighted passage to see what was extracted from it</source>
        <translation>Одан не алынғанын көру үшін белгіленген үзіндіні шертіңіз</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to see the documents here.</source>
        <translation>Құжаттарды осында көру үшін талдауды іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>Click an item to see its attributes and links.</source>
        <translation>Элементтің сипаттары мен байланыстарын көру үшін оны шертіңіз.</translation>
    </message>
    <message>
        <source>Document view</source>
        <translation>Құжатты қарау</translation>
    </message>
    <message>
        <source>Each document with its goals, objectives, indicators, risks and resources highlighted</source>
        <translation>Әр құжат мақсаттары, міндеттері, көрсеткіштері, тәуекелдері мен ресурстары белгіленген түрде</translation>
    </message>
    <message>
        <source>level {0} ({1})</source>
        <translation>{0}-деңгей ({1})</translation>
    </message>
    <message>
        <source>no level set</source>
        <translation>деңгейі көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>The project&apos;s name, shown in reports</source>
        <translation>Жобаның атауы, есептерде көрсетіледі</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Құжаттарды қосу…</translation>
    </message>
    <message>
        <source>Add Word, Excel, PDF or text files to the project (Ctrl+D); you can also drop files on the window</source>
        <translation>Жобаға Word, Excel, PDF немесе мәтіндік файлдарды қосу (Ctrl+D); файлдарды терезеге сүйреп те әкелуге болады</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected documents from the project (the files stay where they are)</source>
        <translation>Таңдалған құжаттарды жобадан алып тастау (файлдардың өзі орнында қалады)</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Құжатты алып тастау</translation>
    </message>
    <message>
        <source>Double-click a cell to set the &lt;b&gt;level&lt;/b&gt; (national, regional, local), the &lt;b&gt;rank&lt;/b&gt; (1 = top of the hierarchy; each plan is checked against plans of a smaller rank), the &lt;b&gt;region&lt;/b&gt;, the &lt;b&gt;period&lt;/b&gt; (e.g. 2021–2025) and the &lt;b&gt;kind&lt;/b&gt; (Concord reads it from the text; correct it if it is wrong). Drop files anywhere on the window to add them.</source>
        <translation>&lt;b&gt;Деңгейді&lt;/b&gt; (ұлттық, өңірлік, жергілікті), &lt;b&gt;рангты&lt;/b&gt; (1 = иерархияның жоғарғы деңгейі; әр жоспар рангы кішірек жоспарлар бойынша тексеріледі), &lt;b&gt;өңірді&lt;/b&gt;, &lt;b&gt;кезеңді&lt;/b&gt; (мысалы, 2021–2025) және &lt;b&gt;түрін&lt;/b&gt; (Concord оны мәтіннен анықтайды; қате болса, түзетіңіз) көрсету үшін ұяшықты екі рет шертіңіз. Файлдарды қосу үшін оларды терезенің кез келген жеріне сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Жоба атауы:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Windows refused access to {0}.</source>
        <translation>Windows мына файлға қол жеткізуге рұқсат бермеді: {0}.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Close the file if it is open in Word or Excel, or choose a folder you may write to, then try again.</source>
        <translation>Файл Word немесе Excel-де ашық болса, оны жабыңыз немесе жазуға рұқсат етілген қалтаны таңдаңыз, содан кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>{0} табылмады.</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Check that the file was not moved or renamed; remove it from the project and add it again from its new place.</source>
        <translation>Файлдың жылжытылмағанын немесе атауы өзгертілмегенін тексеріңіз; оны жобадан алып тастап, жаңа орнынан қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The language model &apos;{0}&apos; is not installed.</source>
        <translation>«{0}» тілдік моделі орнатылмаған.</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and choose the rules-only pipeline, or ask IT to install Concord&apos;s language model.</source>
        <translation>Баптауларды (Ctrl+,) ашып, тек ережелерге негізделген конвейерді таңдаңыз немесе IT қызметінен Concord тілдік моделін орнатуды сұраңыз.</translation>
    </message>
    <message>
        <source>Part of Concord is missing from this installation ({0}).</source>
        <translation>Бұл орнатуда Concord-тың бір бөлігі жоқ ({0}).</translation>
    </message>
    <message>
        <source>Reinstall or update Concord. Your project file is unchanged.</source>
        <translation>Concord-ты қайта орнатыңыз немесе жаңартыңыз. Жоба файлы өзгермеді.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Компьютердің жады жетпеді.</translation>
    </message>
    <message>
        <source>Close other programs, or analyse fewer or smaller documents at a time.</source>
        <translation>Басқа бағдарламаларды жабыңыз немесе бір мезгілде азырақ не шағынырақ құжаттарды талдаңыз.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Check the disk and the file, then try again.</source>
        <translation>Дискіні және файлды тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}: {1}</source>
        <translation>Күтпеген қате: {0}: {1}</translation>
    </message>
    <message>
        <source>Your project is unchanged. Try again; if it happens again, send the details (Show Details…) to your Concord support contact.</source>
        <translation>Жоба өзгермеді. Қайталап көріңіз; қате қайталанса, толық мәліметті («Толығырақ көрсету…») Concord қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>Nothing was overwritten.</source>
        <translation>Ештеңе қайта жазылған жоқ.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>{0} қалтасы жоқ.</translation>
    </message>
    <message>
        <source>Choose an existing folder, or create this one first, then export again.</source>
        <translation>Бар қалтаны таңдаңыз немесе алдымен осы қалтаны жасаңыз, содан кейін экспорттауды қайталаңыз.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} — қалта емес, файл.</translation>
    </message>
    <message>
        <source>Choose a folder for the export, then try again.</source>
        <translation>Экспорт үшін қалтаны таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>A folder named {0} is already in {1}.</source>
        <translation>{1} ішінде {0} деген қалта бар.</translation>
    </message>
    <message>
        <source>Type a different file name for the export.</source>
        <translation>Экспорт үшін басқа файл атауын жазыңыз.</translation>
    </message>
    <message>
        <source>{0} in {1} is one of the project&apos;s documents ({2}): the export would overwrite the plan.</source>
        <translation>{1} ішіндегі {0} — жоба құжаттарының бірі ({2}): экспорт жоспарды қайта жазып жіберер еді.</translation>
    </message>
    <message>
        <source>Choose another file name or folder for the export. {0}</source>
        <translation>Экспорт үшін басқа файл атауын немесе қалтаны таңдаңыз. {0}</translation>
    </message>
    <message>
        <source>{0} in {1} is the project file: the export would overwrite it.</source>
        <translation>{1} ішіндегі {0} — жоба файлы: экспорт оны қайта жазып жіберер еді.</translation>
    </message>
    <message>
        <source>{0} in {1} is named twice.</source>
        <translation>{1} ішіндегі {0} екі рет көрсетілген.</translation>
    </message>
    <message>
        <source>Give each export its own file name.</source>
        <translation>Әр экспортқа өз файл атауын беріңіз.</translation>
    </message>
    <message>
        <source>Concord may not write {0} in {1}.</source>
        <translation>Concord {0} файлын {1} ішіне жаза алмайды: рұқсат жоқ.</translation>
    </message>
    <message>
        <source>Close the file if it is open in Word or Excel, or choose a folder you may write to, then try again. {0}</source>
        <translation>Файл Word немесе Excel-де ашық болса, оны жабыңыз немесе жазуға болатын қалтаны таңдап, қайталап көріңіз. {0}</translation>
    </message>
    <message>
        <source>The disk is full: {0} could not be written in {1}.</source>
        <translation>Диск толы: {0} файлын {1} ішіне жазу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Free some space or choose another drive, then try again. The previous {0}, if there was one, is unchanged.</source>
        <translation>Орын босатыңыз немесе басқа дискті таңдап, қайталап көріңіз. Бұрынғы {0} (болған болса) өзгерген жоқ.</translation>
    </message>
    <message>
        <source>{0} could not be written in {1}: {2}</source>
        <translation>{0} файлын {1} ішіне жазу мүмкін болмады: {2}</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then try again. {0}</source>
        <translation>Диск пен қалтаны тексеріп, қайталап көріңіз. {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Word gap report</source>
        <translation>Сәйкессіздіктер туралы есеп (Word)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word құжаты (*.docx)</translation>
    </message>
    <message>
        <source>Annotated copies</source>
        <translation>Түсініктемелері бар көшірмелер</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel кітабы</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>{0} жазылуда</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>gap report</source>
        <translation>сәйкессіздіктер туралы есеп</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>ескертулер</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>түсініктемелермен</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Маңызы</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Осы маңыздылықтағы ескертулерді көрсету немесе жасыру</translation>
    </message>
    <message>
        <source>Show one kind of finding</source>
        <translation>Ескертулердің бір түрін көрсету</translation>
    </message>
    <message>
        <source>Show the findings about one document</source>
        <translation>Бір құжат бойынша ескертулерді көрсету</translation>
    </message>
    <message>
        <source>Search findings…</source>
        <translation>Ескертулерден іздеу…</translation>
    </message>
    <message>
        <source>Show findings whose title, message, evidence, suggestion or document (title or file name) contain all these words (Ctrl+F)</source>
        <translation>Тақырыбында, мәтінінде, негіздемесінде, ұсынысында немесе құжатында (атауы не файл аты) осы сөздердің бәрі бар ескертулерді көрсету (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Алып тасталғандарды көрсету</translation>
    </message>
    <message>
        <source>Also list the findings you dismissed (greyed out)</source>
        <translation>Сіз алып тастаған ескертулерді де көрсету (сұр түспен)</translation>
    </message>
    <message>
        <source>Select a finding to read what is wrong, the evidence and what to do. Its evidence is highlighted in the document on the right.</source>
        <translation>Не дұрыс емес екенін, негіздемесін және не істеу керектігін оқу үшін ескертуді таңдаңыз. Негіздемесі оң жақтағы құжатта белгіленеді.</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Құжатта көрсету</translation>
    </message>
    <message>
        <source>Highlight the evidence in the document view (double-click a row does the same)</source>
        <translation>Негіздемені құжатты қарау терезесінде белгілеу (жолды екі рет шерту де осылай істейді)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Hide the selected findings in this project (Del); they stay dismissed after a re-run and are left out of reports</source>
        <translation>Таңдалған ескертулерді осы жобада жасыру (Del); олар қайта талдаудан кейін де алып тасталған күйде қалады және есептерге енбейді</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Ескертуді алып тастау</translation>
    </message>
    <message>
        <source>All kinds of finding</source>
        <translation>Ескертулердің барлық түрлері</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Барлық құжаттар</translation>
    </message>
    <message>
        <source>{0} of {1} findings shown</source>
        <translation>Көрсетілген ескертулер: {1} ішінен {0}</translation>
    </message>
    <message>
        <source>{0} dismissed</source>
        <translation>алып тасталды: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Қайтару</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <source>As Concord reads it</source>
        <translation>Concord анықтағандай</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Goal</source>
        <translation>Мақсат</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Міндет</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Кіші міндет</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Мақсатты мән</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Тәуекел</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Қабылданбаған</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>өсу</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>төмендеу</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>сақтау</translation>
    </message>
    <message>
        <source>reach a level</source>
        <translation>деңгейге жету</translation>
    </message>
    <message>
        <source>eliminate</source>
        <translation>жою</translation>
    </message>
    <message>
        <source>national</source>
        <translation>ұлттық</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>өңірлік</translation>
    </message>
    <message>
        <source>local</source>
        <translation>жергілікті</translation>
    </message>
    <message>
        <source>development plan or programme</source>
        <translation>даму жоспары немесе бағдарламасы</translation>
    </message>
    <message>
        <source>sectoral strategy or policy</source>
        <translation>салалық стратегия немесе саясат</translation>
    </message>
    <message>
        <source>climate pledge (NDC)</source>
        <translation>климаттық міндеттемелер (ҰАҮ)</translation>
    </message>
    <message>
        <source>decree approving a plan</source>
        <translation>жоспарды бекіту туралы қаулы</translation>
    </message>
    <message>
        <source>analytical input</source>
        <translation>талдамалық материал</translation>
    </message>
    <message>
        <source>plan / programme</source>
        <translation>жоспар / бағдарлама</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <source>climate pledge</source>
        <translation>климат. міндеттемелер</translation>
    </message>
    <message>
        <source>decree</source>
        <translation>қаулы</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>талдау</translation>
    </message>
    <message>
        <source>input</source>
        <translation>шығындар</translation>
    </message>
    <message>
        <source>output</source>
        <translation>тікелей нәтиже</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>түпкілікті нәтиже</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>анықталмаған</translation>
    </message>
    <message>
        <source>Reading and extracting {0}</source>
        <translation>Оқу және деректерді алу: {0}</translation>
    </message>
    <message>
        <source>Linking level {0} plans to the plans above</source>
        <translation>{0}-деңгей жоспарларын жоғары тұрғандармен байланыстыру</translation>
    </message>
    <message>
        <source>Linking lower-level items to higher-level plans</source>
        <translation>Төменгі деңгей элементтерін жоғары тұрған жоспарлармен байланыстыру</translation>
    </message>
    <message>
        <source>Comparing plans of the same level</source>
        <translation>Бір деңгейдегі жоспарларды салыстыру</translation>
    </message>
    <message>
        <source>Checking coherence</source>
        <translation>Келісімділікті тексеру</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Байланыстырылды</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Дайын</translation>
    </message>
    <message>
        <source>Open the file in Word; if it opens, save it again as a Word document (.docx) and run the analysis again (F5). If it does not open, ask its author for a new copy.</source>
        <translation>Файлды Word-та ашыңыз; ашылса, оны Word құжаты (.docx) ретінде қайта сақтап, талдауды қайта іске қосыңыз (F5). Ашылмаса, авторынан жаңа көшірмесін сұраңыз.</translation>
    </message>
    <message>
        <source>Open the file in Excel; if it opens, save it again as an Excel workbook (.xlsx) and run the analysis again (F5). If it does not open, ask its author for a new copy.</source>
        <translation>Файлды Excel-де ашыңыз; ашылса, оны Excel кітабы (.xlsx) ретінде қайта сақтап, талдауды қайта іске қосыңыз (F5). Ашылмаса, авторынан жаңа көшірмесін сұраңыз.</translation>
    </message>
    <message>
        <source>Open the file in a PDF reader; if it opens, print it to a new PDF (or export the original as PDF again) and add that copy. If it does not open, ask its author for a new copy.</source>
        <translation>Файлды PDF қарау бағдарламасында ашыңыз; ашылса, оны жаңа PDF-ке басып шығарыңыз (немесе түпнұсқаны PDF-ке қайта экспорттаңыз) және сол көшірмені қосыңыз. Ашылмаса, авторынан жаңа көшірмесін сұраңыз.</translation>
    </message>
    <message>
        <source>Open the file in a text editor, save it as UTF-8 text and run the analysis again (F5).</source>
        <translation>Файлды мәтін өңдегішінде ашып, UTF-8 мәтіні ретінде сақтаңыз және талдауды қайта іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>Then run the analysis again (F5).</source>
        <translation>Содан кейін талдауды қайта іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>Put the file back, or remove it from the project and add it again from its new place.</source>
        <translation>Файлды орнына қайтарыңыз немесе жобадан алып тастап, жаңа орнынан қайта қосыңыз.</translation>
    </message>
    <message>
        <source>The file has nothing in it: check that it is the right file (the saved copy may be empty), or remove it from the project.</source>
        <translation>Файл бос: дұрыс файл екенін тексеріңіз (сақталған көшірме бос болуы мүмкін) немесе оны жобадан алып тастаңыз.</translation>
    </message>
    <message>
        <source>The file may be damaged. Open it in the program that made it and save a new copy, or ask its author for one.</source>
        <translation>Файл зақымдалған болуы мүмкін. Оны жасаған бағдарламада ашып, жаңа көшірмесін сақтаңыз немесе авторынан сұраңыз.</translation>
    </message>
    <message>
        <source>Save the file again in the program that made it, then run the analysis again (F5).</source>
        <translation>Файлды оны жасаған бағдарламада қайта сақтап, талдауды қайта іске қосыңыз (F5).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Жүйе тілі</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>The project&apos;s documents and their levels (Ctrl+1)</source>
        <translation>Жоба құжаттары және олардың деңгейлері (Ctrl+1)</translation>
    </message>
    <message>
        <source>Figures per document (Ctrl+2)</source>
        <translation>Құжаттар бойынша көрсеткіштер (Ctrl+2)</translation>
    </message>
    <message>
        <source>What does not hold together, with evidence (Ctrl+3)</source>
        <translation>Не үйлеспейді, негіздемесімен (Ctrl+3)</translation>
    </message>
    <message>
        <source>Which higher-level objective each objective implements (Ctrl+4)</source>
        <translation>Әр міндет жоғары деңгейдің қай міндетін іске асырады (Ctrl+4)</translation>
    </message>
    <message>
        <source>What changed since the last draft: items, targets, findings (Ctrl+5)</source>
        <translation>Алдыңғы редакциядан бері не өзгерді: элементтер, мақсатты мәндер, ескертулер (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Жаңа жоба</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Бос жоба бастау</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
        <source>Open a Concord project file (.concord)</source>
        <translation>Concord жоба файлын ашу (.concord)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <source>Save the documents, levels, link decisions and dismissed findings</source>
        <translation>Құжаттарды, деңгейлерді, байланыстар туралы шешімдерді және алып тасталған ескертулерді сақтау</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Жобаны &amp;басқаша сақтау…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Жобаны жаңа атаумен сақтау</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>Құжаттарды &amp;қосу…</translation>
    </message>
    <message>
        <source>Add Word, Excel, PDF or text files to the project</source>
        <translation>Жобаға Word, Excel, PDF немесе мәтіндік файлдарды қосу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Run analysis</source>
        <translation>Талдауды іске &amp;қосу</translation>
    </message>
    <message>
        <source>Read the documents, link them and check them (F5)</source>
        <translation>Құжаттарды оқу, байланыстыру және тексеру (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
        <source>Pipeline, thresholds, indicator limits, lexicon folder</source>
        <translation>Конвейер, шектер, көрсеткіш лимиттері, сөздіктер қалтасы</translation>
    </message>
    <message>
        <source>&amp;Find in findings</source>
        <translation>Ескертулерден &amp;іздеу</translation>
    </message>
    <message>
        <source>&amp;About Concord</source>
        <translation>Concord &amp;туралы</translation>
    </message>
    <message>
        <source>Export: {0}</source>
        <translation>Экспорт: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Соңғы &amp;жобалар</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Талдау</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Ескертулер</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>Сәй&amp;кестік</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Өзгерістер</translation>
    </message>
    <message>
        <source>Document &amp;view</source>
        <translation>Құжатты қа&amp;рау</translation>
    </message>
    <message>
        <source>Show or hide the document text on the right (F9)</source>
        <translation>Оң жақтағы құжат мәтінін көрсету немесе жасыру (F9)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <source>The current stage and document</source>
        <translation>Ағымдағы кезең және құжат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc); the results shown stay as they were</source>
        <translation>Талдауды тоқтату (Esc); көрсетілген нәтижелер өзгермейді</translation>
    </message>
    <message>
        <source>Language model: not loaded</source>
        <translation>Тілдік модель: жүктелмеген</translation>
    </message>
    <message>
        <source>The spaCy pipeline that reads the documents</source>
        <translation>Құжаттарды оқитын spaCy конвейері</translation>
    </message>
    <message>
        <source>Documents changed: run again (F5)</source>
        <translation>Құжаттар өзгерді: қайта іске қосыңыз (F5)</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O) or add documents (Ctrl+D).</source>
        <translation>Жобаны ашыңыз (Ctrl+O) немесе құжаттарды қосыңыз (Ctrl+D).</translation>
    </message>
    <message>
        <source>Language model: loading…</source>
        <translation>Тілдік модель: жүктелуде…</translation>
    </message>
    <message>
        <source>The language model could not load</source>
        <translation>Тілдік модельді жүктеу мүмкін болмады</translation>
    </message>
    <message>
        <source>Language model: {0} {1}</source>
        <translation>Тілдік модель: {0} {1}</translation>
    </message>
    <message>
        <source>Language model: {0}</source>
        <translation>Тілдік модель: {0}</translation>
    </message>
    <message>
        <source>Language model: not available</source>
        <translation>Тілдік модель: қолжетімсіз</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The project &apos;{0}&apos; has unsaved changes (documents, link decisions or dismissed findings). Save them first?</source>
        <translation>«{0}» жобасында сақталмаған өзгерістер бар (құжаттар, байланыстар туралы шешімдер немесе алып тасталған ескертулер). Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>New project: add documents (Ctrl+D) or drop files on the window.</source>
        <translation>Жаңа жоба: құжаттарды қосыңыз (Ctrl+D) немесе файлдарды терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Жобаны ашу</translation>
    </message>
    <message>
        <source>Concord projects (*.concord)</source>
        <translation>Concord жобалары (*.concord)</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Жобаны ашу мүмкін болмады</translation>
    </message>
    <message>
        <source>Check that the file is a Concord project (.concord) and not open in another program; the previous version is kept next to it as .concord.bak.</source>
        <translation>Файлдың Concord жобасы (.concord) екенін және басқа бағдарламада ашық еместігін тексеріңіз; алдыңғы нұсқасы қасында .concord.bak ретінде сақталады.</translation>
    </message>
    <message>
        <source>Some documents are missing</source>
        <translation>Кейбір құжаттар табылмады</translation>
    </message>
    <message>
        <source>These files are not where the project expects them: {0}.</source>
        <translation>Бұл файлдар жоба күткен орында емес: {0}.</translation>
    </message>
    <message>
        <source>Put them back next to the project file, or remove them in the Documents tab and add them again from their new place.</source>
        <translation>Оларды жоба файлының қасына қайтарыңыз немесе «Құжаттар» қойындысында алып тастап, жаңа орнынан қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Opened {0}: {1} documents.</source>
        <translation>{0} жобасы ашылды: {1} құжат.</translation>
    </message>
    <message>
        <source>Opened {0}: {1} documents. Press F5 to analyse them.</source>
        <translation>{0} ашылды: {1} құжат. Оларды талдау үшін F5 пернесін басыңыз.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Жобаны басқаша сақтау</translation>
    </message>
    <message>
        <source>The project was not saved</source>
        <translation>Жоба сақталмады</translation>
    </message>
    <message>
        <source>Close the file in other programs or choose another folder (File &gt; Save project as…). Nothing was lost: the project is still open here.</source>
        <translation>Файлды басқа бағдарламаларда жабыңыз немесе басқа қалтаны таңдаңыз (Файл &gt; Жобаны басқаша сақтау…). Ештеңе жоғалған жоқ: жоба осында ашық тұр.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Соңғы жобалар жоқ</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Құжаттарды қосу</translation>
    </message>
    <message>
        <source>{0} document(s) added: set their level, rank, region and period, then run (F5).</source>
        <translation>Қосылған құжаттар: {0}. Олардың деңгейін, дәрежесін, өңірін және кезеңін көрсетіп, талдауды іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>Already in the project: {0}.</source>
        <translation>Жобада бұрыннан бар: {0}.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Кейбір файлдар қосылмады</translation>
    </message>
    <message>
        <source>Concord reads Word (.docx), Excel (.xlsx), PDF and text files; not: {0}.</source>
        <translation>Concord Word (.docx), Excel (.xlsx), PDF және мәтіндік файлдарды оқиды; қолдау көрсетілмейді: {0}.</translation>
    </message>
    <message>
        <source>Save old .doc/.xls files as .docx/.xlsx in Word or Excel, then add them again.</source>
        <translation>Ескі .doc/.xls файлдарын Word немесе Excel-де .docx/.xlsx ретінде сақтап, қайта қосыңыз.</translation>
    </message>
    <message>
        <source>Nothing to analyse</source>
        <translation>Талдайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>The project has no documents yet.</source>
        <translation>Жобада әзірге құжаттар жоқ.</translation>
    </message>
    <message>
        <source>Add documents with File &gt; Add documents (Ctrl+D) or drop them on the window.</source>
        <translation>Құжаттарды Файл &gt; Құжаттарды қосу (Ctrl+D) арқылы қосыңыз немесе терезеге сүйреп әкеліңіз.</translation>
    </message>
    <message>
        <source>The analysis stopped</source>
        <translation>Талдау тоқтады</translation>
    </message>
    <message>
        <source>Cancelling… (the current step finishes first)</source>
        <translation>Болдырмау… (алдымен ағымдағы қадам аяқталады)</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, or cancel it (Esc).</source>
        <translation>Ағымдағы жұмыстың аяқталуын күтіңіз немесе оны болдырмаңыз (Esc).</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Іске қосылуда…</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>Талдауды &amp;болдырмау</translation>
    </message>
    <message>
        <source>Stop the analysis (F5 or Esc)</source>
        <translation>Талдауды тоқтату (F5 немесе Esc)</translation>
    </message>
    <message>
        <source> ({0} s)</source>
        <translation> ({0} с)</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Жазылды: {0}</translation>
    </message>
    <message>
        <source>Results of the last run (the documents have not changed since): {0} items, {1} findings ({2} high).</source>
        <translation>Соңғы іске қосу нәтижелері (құжаттар содан бері өзгерген жоқ): {0} элемент, {1} ескерту ({2} — жоғары).</translation>
    </message>
    <message>
        <source>Analysis finished in {0:.1f} s: {1} items, {2} findings ({3} high).</source>
        <translation>Талдау {0:.1f} с ішінде аяқталды: {1} элемент, {2} ескерту (жоғары маңыздылығы бар — {3}).</translation>
    </message>
    <message>
        <source>{0} document(s) could not be read</source>
        <translation>Оқылмаған құжаттар: {0}</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are from the previous run.</source>
        <translation>Болдырылмады. Алдыңғы іске қосудың нәтижелері көрсетілген.</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Әзірге экспорттайтын ештеңе жоқ</translation>
    </message>
    <message>
        <source>There are no results yet.</source>
        <translation>Әзірге нәтижелер жоқ.</translation>
    </message>
    <message>
        <source>Run the analysis first (F5).</source>
        <translation>Алдымен талдауды іске қосыңыз (F5).</translation>
    </message>
    <message>
        <source>Folder for the annotated copies</source>
        <translation>Түсініктемелері бар көшірмелерге арналған қалта</translation>
    </message>
    <message>
        <source>The {0} was not written</source>
        <translation>Жазылмады: {0}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт аяқталды</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Ескертпелер:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Compared in {0:.1f} s: {1} changes, {2} findings resolved, {3} new.</source>
        <translation>Салыстыру {0:.1f} с: өзгерістер — {1}, жойылған ескертулер — {2}, жаңа — {3}.</translation>
    </message>
    <message>
        <source>Settings saved: they apply to the next run (F5).</source>
        <translation>Баптаулар сақталды: олар келесі іске қосудан бастап қолданылады (F5).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>The new language applies when Concord is restarted.</source>
        <translation>Жаңа тіл Concord қайта іске қосылғанда қолданылады.</translation>
    </message>
    <message>
        <source>Plans ({0});;All files (*)</source>
        <translation>Жоспарлар ({0});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>The other documents were analysed.</source>
        <translation>Қалған құжаттар талданды.</translation>
    </message>
    <message>
        <source>This item is not in the alignment matrix (it has no higher-level plan, or it is not a goal or objective).</source>
        <translation>Бұл элемент сәйкестік матрицасында жоқ (оның жоғары тұрған жоспары жоқ немесе ол мақсат не міндет емес).</translation>
    </message>
    <message>
        <source>{0}[*] — Concord</source>
        <translation>{0}[*] — Concord</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Құжаттар ({0})</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Ескертулер ({0})</translation>
    </message>
    <message>
        <source>Closing: cancelling the analysis…</source>
        <translation>Жабылуда: талдау болдырылмауда…</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Деңгей</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Міндеттер</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Байланыстылық</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Indicator completeness</source>
        <translation>Көрсеткіштердің толықтығы</translation>
    </message>
    <message>
        <source>Outcome share</source>
        <translation>Түпкілікті нәтижелер үлесі</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Шығындар</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Тікелей нәтиже</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Түпкілікті нәтиже</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <source>Share of this plan&apos;s objectives linked to a higher-level objective</source>
        <translation>Осы жоспардың жоғары деңгей міндетімен байланысқан міндеттерінің үлесі</translation>
    </message>
    <message>
        <source>Share of the higher plans&apos; priorities this plan takes up</source>
        <translation>Осы жоспар ескерген жоғары тұрған жоспарлар басымдықтарының үлесі</translation>
    </message>
    <message>
        <source>Share of indicators with a unit, a baseline and a dated target</source>
        <translation>Өлшем бірлігі, базалық мәні және белгілі бір жылға мақсатты мәні бар көрсеткіштердің үлесі</translation>
    </message>
    <message>
        <source>Share of indicators that measure outcomes (what changes), not outputs</source>
        <translation>Тікелей нәтижені емес, түпкілікті нәтижені (не өзгеретінін) өлшейтін көрсеткіштердің үлесі</translation>
    </message>
    <message>
        <source>Not applicable: no higher-level plan or nothing to measure</source>
        <translation>Қолданылмайды: жоғары тұрған жоспар жоқ немесе өлшейтін ештеңе жоқ</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Маңыздылығы бойынша ашық ескертулер</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Орташа</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Linkage, coverage and indicator quality</source>
        <translation>Байланыстылық, қамту, толықтық</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Байланыстылық</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Қамту</translation>
    </message>
    <message>
        <source>Indicator completeness</source>
        <translation>Көрсеткіштердің толықтығы</translation>
    </message>
    <message>
        <source>Linkage: share of the plan&apos;s objectives linked to a higher-level objective.
Coverage: share of the higher plans&apos; priorities this plan takes up.
Indicator completeness: share of indicators with unit, baseline and dated target.
&apos;–&apos;: not applicable (no higher-level plan).</source>
        <translation>Байланыстылық: жоспардың жоғары деңгей міндетімен байланысқан міндеттерінің үлесі.
Қамту: осы жоспар ескерген жоғары тұрған жоспарлар басымдықтарының үлесі.
Көрсеткіштердің толықтығы: өлшем бірлігі, базалық мәні және жылы көрсетілген мақсатты мәні бар көрсеткіштердің үлесі.
«–»: қолданылмайды (жоғары тұрған жоспар жоқ).</translation>
    </message>
    <message>
        <source>What the indicators measure (share of indicators)</source>
        <translation>Көрсеткіштер нені өлшейді (үлес)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Шығындар</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Тікелей нәтиже</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Түпкілікті нәтиже</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Анықталмаған</translation>
    </message>
    <message>
        <source>Outputs are what a policy produces (people trained); outcomes are what changes (jobs created). Plans measured only by outputs are flagged.</source>
        <translation>Тікелей нәтижелер — саясаттың өндіретіні (оқытылған адамдар); түпкілікті нәтижелер — өзгеретін нәрсе (құрылған жұмыс орындары). Тек тікелей нәтижелермен өлшенетін жоспарлар белгіленеді.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the figures&lt;/b&gt;&lt;br&gt;&lt;b&gt;Linkage&lt;/b&gt;: share of a plan&apos;s objectives linked to an objective of a higher-level plan.&lt;br&gt;&lt;b&gt;Coverage&lt;/b&gt;: share of the higher plans&apos; priorities that the plan takes up.&lt;br&gt;&lt;b&gt;Indicator completeness&lt;/b&gt;: share of indicators with a unit, a baseline and a dated target.&lt;br&gt;&lt;b&gt;Outcome&lt;/b&gt; indicators measure what changes (jobs, productivity); &lt;b&gt;output&lt;/b&gt; indicators what the programme produces (people trained, grants). &apos;–&apos;: no higher-level plan to compare with.&lt;br&gt;Dismissed findings are not counted.</source>
        <translation>&lt;b&gt;Көрсеткіштерді қалай оқу керек&lt;/b&gt;&lt;br&gt;&lt;b&gt;Байланыстылық&lt;/b&gt;: жоспардың жоғары тұрған жоспар міндетімен байланысқан міндеттерінің үлесі.&lt;br&gt;&lt;b&gt;Қамту&lt;/b&gt;: жоспар ескерген жоғары тұрған жоспарлар басымдықтарының үлесі.&lt;br&gt;&lt;b&gt;Көрсеткіштердің толықтығы&lt;/b&gt;: өлшем бірлігі, базалық мәні және жылы көрсетілген мақсатты мәні бар көрсеткіштердің үлесі.&lt;br&gt;&lt;b&gt;Түпкілікті нәтиже&lt;/b&gt; көрсеткіштері не өзгеретінін өлшейді (жұмыс орындары, өнімділік); &lt;b&gt;тікелей нәтиже&lt;/b&gt; көрсеткіштері бағдарламаның не өндіретінін өлшейді (оқытылған адамдар, гранттар). «–»: салыстыратын жоғары тұрған жоспар жоқ.&lt;br&gt;Алып тасталған ескертулер есепке алынбайды.</translation>
    </message>
    <message>
        <source>Short names: {0}</source>
        <translation>Қысқа атаулар: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; documents · &lt;b&gt;{1}&lt;/b&gt; items extracted · &lt;b&gt;{2}&lt;/b&gt; open findings, &lt;b style=&apos;color:#c62828&apos;&gt;{3}&lt;/b&gt; of them high</source>
        <translation>Құжаттар: &lt;b&gt;{0}&lt;/b&gt; · алынған элементтер: &lt;b&gt;{1}&lt;/b&gt; · ашық ескертулер: &lt;b&gt;{2}&lt;/b&gt;, оның ішінде жоғары маңыздылығы барлары: &lt;b style=&apos;color:#c62828&apos;&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} document(s) could not be read</source>
        <translation>Оқылмаған құжаттар: {0}</translation>
    </message>
    <message>
        <source>documents changed since: run again (F5)</source>
        <translation>содан бері құжаттар өзгерді: қайта іске қосыңыз (F5)</translation>
    </message>
</context>
<context>
    <name>RankDelegate</name>
    <message>
        <source>not set</source>
        <translation>көрсетілмеген</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled project</source>
        <translation>Атаусыз жоба</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>The language of the menus, the findings and the reports. &apos;System language&apos; follows Windows (Russian or Kazakh when set, otherwise English).</source>
        <translation>Мәзірлердің, ескертулердің және есептердің тілі. «Жүйе тілі» Windows баптауларына сәйкес келеді (орыс немесе қазақ тілі таңдалса, әйтпесе ағылшын тілі).</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Интерфейс тілі:</translation>
    </message>
    <message>
        <source>Automatic: the trained English model when installed</source>
        <translation>Автоматты: орнатылған болса, оқытылған ағылшын моделі</translation>
    </message>
    <message>
        <source>Trained English model (en_core_web_sm)</source>
        <translation>Оқытылған ағылшын моделі (en_core_web_sm)</translation>
    </message>
    <message>
        <source>Rules only (no trained model; rougher lemmas)</source>
        <translation>Тек ережелер (оқытылған модельсіз; леммалар дөрекілеу)</translation>
    </message>
    <message>
        <source>The spaCy pipeline that reads the documents. Changing it re-reads every document on the next run.</source>
        <translation>Құжаттарды оқитын spaCy конвейері. Оны өзгерткенде келесі іске қосуда барлық құжаттар қайта оқылады.</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Конвейер:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Қазір қолданылуда:</translation>
    </message>
    <message>
        <source>A suggested link counts as a link when its score reaches this value. &apos;Calibrated default&apos; uses the value tuned on test plans.</source>
        <translation>Ұсынылған байланыс бағасы осы мәнге жеткенде байланыс ретінде есептеледі. «Калибрленген әдепкі мән» — сынақ жоспарларында бапталған мән.</translation>
    </message>
    <message>
        <source>Calibrated default</source>
        <translation>Калибрленген әдепкі мән</translation>
    </message>
    <message>
        <source>Two objectives of plans at the same level are reported as duplicates above this similarity</source>
        <translation>Бір деңгейдегі жоспарлардың екі міндеті ұқсастығы осы мәннен жоғары болса, қайталанатын деп есептеледі</translation>
    </message>
    <message>
        <source>Objectives pulling in opposite directions are only compared above this similarity</source>
        <translation>Қарама-қарсы бағыттағы міндеттер ұқсастығы осы мәннен жоғары болғанда ғана салыстырылады</translation>
    </message>
    <message>
        <source>A sector plan should touch at least this many complementary policy areas (skills, SMEs, infrastructure …)</source>
        <translation>Салалық жоспар кемінде осынша толықтырушы саясат бағытын қамтуы тиіс (кадрлар, ШОБ, инфрақұрылым …)</translation>
    </message>
    <message>
        <source>Missing-section checks (risks, resources, monitoring) apply only to documents with at least this many words</source>
        <translation>Жоқ бөлімдерді тексеру (тәуекелдер, ресурстар, мониторинг) кемінде осынша сөзі бар құжаттарға ғана қолданылады</translation>
    </message>
    <message>
        <source>Link acceptance score:</source>
        <translation>Байланысты қабылдау шегі:</translation>
    </message>
    <message>
        <source>Duplicate similarity:</source>
        <translation>Қайталану ұқсастығы:</translation>
    </message>
    <message>
        <source>Contradiction similarity:</source>
        <translation>Қайшылық ұқсастығы:</translation>
    </message>
    <message>
        <source>Policy areas for an integrated vision:</source>
        <translation>Кешенді көзқарасқа арналған бағыттар:</translation>
    </message>
    <message>
        <source>Words before section checks apply:</source>
        <translation>Бөлімдерді тексеруге арналған сөз саны:</translation>
    </message>
    <message>
        <source>More indicators than this in one plan is reported as overload</source>
        <translation>Бір жоспарда бұдан көп көрсеткіш шамадан тыс жүктеме деп есептеледі</translation>
    </message>
    <message>
        <source>More objectives than this in one plan is reported as overload</source>
        <translation>Бір жоспарда бұдан көп міндет шамадан тыс жүктеме деп есептеледі</translation>
    </message>
    <message>
        <source>More indicators than this for one objective is reported</source>
        <translation>Бір міндетке бұдан көп көрсеткіш ескертуде көрсетіледі</translation>
    </message>
    <message>
        <source>Indicators per plan:</source>
        <translation>Бір жоспардағы көрсеткіштер:</translation>
    </message>
    <message>
        <source>Objectives per plan:</source>
        <translation>Бір жоспардағы міндеттер:</translation>
    </message>
    <message>
        <source>Indicators per objective:</source>
        <translation>Бір міндеттегі көрсеткіштер:</translation>
    </message>
    <message>
        <source>Built-in lexicons</source>
        <translation>Кіріктірілген сөздіктер</translation>
    </message>
    <message>
        <source>A folder with your ministry&apos;s copies of the lexicon files (cue words, section names, units …). Empty: the built-in ones.</source>
        <translation>Министрлігіңіздің сөздік файлдары көшірмелері бар қалта (кілт сөздер, бөлім атаулары, өлшем бірліктері …). Бос болса — кіріктірілгендері.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Run the analysis when a project opens</source>
        <translation>Жоба ашылғанда талдауды іске қосу</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Language processing</source>
        <translation>Тілді өңдеу</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Шектер</translation>
    </message>
    <message>
        <source>Indicator overload limits</source>
        <translation>Көрсеткіштер жүктемесінің лимиттері</translation>
    </message>
    <message>
        <source>Lexicon folder</source>
        <translation>Сөздіктер қалтасы</translation>
    </message>
    <message>
        <source>Changes apply to the next analysis run (F5).</source>
        <translation>Өзгерістер талдаудың келесі іске қосылуынан бастап қолданылады (F5).</translation>
    </message>
    <message>
        <source>{0} is not a folder of lexicon files (.json).

Choose the folder that holds your copies of cues.json, sections.json …, or leave the field empty to use the built-in lexicons.</source>
        <translation>{0} сөздік файлдарының (.json) қалтасы емес.

cues.json, sections.json … көшірмелері бар қалтаны таңдаңыз немесе кіріктірілген сөздіктерді пайдалану үшін өрісті бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <source>Structure</source>
        <translation>Құрылым</translation>
    </message>
</context>
<context>
    <name>VersionPane</name>
    <message>
        <source>The selected item in this version: removed words struck through in red, added words underlined in green</source>
        <translation>Осы редакциядағы таңдалған элемент: алынып тасталған сөздер қызылмен сызылған, қосылғандардың асты жасылмен сызылған</translation>
    </message>
    <message>
        <source>The whole version, scrolled to the place of the selected change</source>
        <translation>Таңдалған өзгеріс орнына дейін айналдырылған бүкіл редакция</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>{0} looks like an earlier draft of {1}.</source>
        <translation>{0} — {1} құжатының бұрынғы редакциясына ұқсайды.</translation>
    </message>
    <message>
        <source>Earlier drafts</source>
        <translation>Бұрынғы редакциялар</translation>
    </message>
    <message>
        <source>Keep them as earlier versions? Concord then shows what changed since the last draft (Changes tab) and puts it first in the Word report.</source>
        <translation>Оларды бұрынғы редакциялар ретінде сақтау керек пе? Сонда Concord алдыңғы редакциядан бері не өзгергенін көрсетеді («Өзгерістер» қойындысы) және оны Word есебінің басына қояды.</translation>
    </message>
</context>
<context>
    <name>VersionsButton</name>
    <message>
        <source>Versions</source>
        <translation>Редакциялар</translation>
    </message>
    <message>
        <source>Earlier drafts of the selected document: Concord shows what changed since the last one (Changes tab)</source>
        <translation>Таңдалған құжаттың бұрынғы редакциялары: Concord соңғысынан бері не өзгергенін көрсетеді («Өзгерістер» қойындысы)</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>Алдымен құжатты таңдаңыз</translation>
    </message>
    <message>
        <source>Add an earlier draft of this document…</source>
        <translation>Осы құжаттың бұрынғы редакциясын қосу…</translation>
    </message>
    <message>
        <source>Make an earlier draft current</source>
        <translation>Бұрынғы редакцияны ағымдағы ету</translation>
    </message>
    <message>
        <source>Forget the earlier drafts</source>
        <translation>Бұрынғы редакцияларды ұмыту</translation>
    </message>
    <message>
        <source>Current: {0}</source>
        <translation>Ағымдағы: {0}</translation>
    </message>
    <message>
        <source>Earlier: {0}</source>
        <translation>Бұрынғы: {0}</translation>
    </message>
    <message>
        <source>Earlier drafts of {0}</source>
        <translation>{0} бұрынғы редакциялары</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Құжаттар ({0})</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Loading the language model</source>
        <translation>Тілдік модель жүктелуде</translation>
    </message>
    <message>
        <source>Reading the earlier draft</source>
        <translation>Бұрынғы редакцияны оқу</translation>
    </message>
    <message>
        <source>The drafts could not be compared</source>
        <translation>Редакцияларды салыстыру мүмкін болмады</translation>
    </message>
</context>
</TS>
