<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>not installed</source>
        <translation>не установлено</translation>
    </message>
    <message>
        <source>not loaded yet (it loads in the background)</source>
        <translation>ещё не загружена (загружается в фоне)</translation>
    </message>
    <message>
        <source>trained statistical model</source>
        <translation>обученная статистическая модель</translation>
    </message>
    <message>
        <source>rules only, no trained model</source>
        <translation>только правила, без обученной модели</translation>
    </message>
    <message>
        <source>not part of this version</source>
        <translation>нет в этой версии</translation>
    </message>
    <message>
        <source>not installed: links are found from shared words and references only</source>
        <translation>не установлены: связи ищутся только по общим словам и ссылкам</translation>
    </message>
    <message>
        <source>NLP pipeline</source>
        <translation>Конвейер NLP</translation>
    </message>
    <message>
        <source>Sentence embeddings</source>
        <translation>Векторы предложений</translation>
    </message>
    <message>
        <source>Checks that regional and sector plans take up the national plans above them: links, coverage gaps, duplicated or conflicting aims, indicator quality, missing risk and resource sections.</source>
        <translation>Проверяет, что региональные и отраслевые планы учитывают вышестоящие национальные планы: связи, пробелы в охвате, дублирующиеся и противоречащие цели, качество показателей, отсутствие разделов о рисках и ресурсах.</translation>
    </message>
    <message>
        <source>Everything runs on this computer; no document leaves it.</source>
        <translation>Всё работает на этом компьютере; документы никуда не передаются.</translation>
    </message>
    <message>
        <source>About Concord</source>
        <translation>О программе Concord</translation>
    </message>
</context>
<context>
    <name>Alignment</name>
    <message>
        <source>Score {0:.2f} (rank {1})</source>
        <translation>Оценка {0:.2f} (место {1})</translation>
    </message>
    <message>
        <source>Added by the planner</source>
        <translation>Добавлено специалистом</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Статус: {0}</translation>
    </message>
    <message>
        <source>Accepted by the analysis (score ≥ {0:.2f})</source>
        <translation>Принято анализом (оценка ≥ {0:.2f})</translation>
    </message>
    <message>
        <source>Below the acceptance threshold {0:.2f}</source>
        <translation>Ниже порога принятия {0:.2f}</translation>
    </message>
</context>
<context>
    <name>AlignmentMatrixModel</name>
    <message>
        <source>Not proposed as a parent of this item</source>
        <translation>Не предложен как вышестоящий для этого элемента</translation>
    </message>
</context>
<context>
    <name>AlignmentView</name>
    <message>
        <source>The lower-level plan whose objectives are matched against the plans above it</source>
        <translation>План нижнего уровня, задачи которого сопоставляются с вышестоящими планами</translation>
    </message>
    <message>
        <source>All higher-level objectives</source>
        <translation>Все вышестоящие задачи</translation>
    </message>
    <message>
        <source>Also show higher-level goals and objectives that no item of this plan was matched to (gaps in coverage)</source>
        <translation>Показать также вышестоящие цели и задачи, с которыми не сопоставлен ни один элемент этого плана (пробелы в охвате)</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>сильная</translation>
    </message>
    <message>
        <source>✓ confirmed</source>
        <translation>✓ подтверждена</translation>
    </message>
    <message>
        <source>✗ rejected</source>
        <translation>✗ отклонена</translation>
    </message>
    <message>
        <source>Link score (0–100) of each proposed parent:</source>
        <translation>Оценка связи (0–100) с каждым предложенным вышестоящим элементом:</translation>
    </message>
    <message>
        <source>Lower-level plan:</source>
        <translation>План нижнего уровня:</translation>
    </message>
    <message>
        <source>Each cell is a proposed link from the row&apos;s item to the column&apos;s higher-level item; the number is the score out of 100</source>
        <translation>Каждая ячейка — предложенная связь элемента строки с вышестоящим элементом столбца; число — оценка из 100</translation>
    </message>
    <message>
        <source>Select a candidate to see the evidence for the link: shared terms, numbers and explicit references.</source>
        <translation>Выберите кандидата, чтобы увидеть обоснование связи: общие термины, числа и прямые ссылки.</translation>
    </message>
    <message>
        <source>&amp;Confirm link</source>
        <translation>&amp;Подтвердить связь</translation>
    </message>
    <message>
        <source>This item implements the selected higher-level item (C). Saved in the project; findings update at once.</source>
        <translation>Этот элемент реализует выбранный вышестоящий элемент (C). Сохраняется в проекте; замечания обновляются сразу.</translation>
    </message>
    <message>
        <source>&amp;Reject link</source>
        <translation>&amp;Отклонить связь</translation>
    </message>
    <message>
        <source>The selected higher-level item is not this item&apos;s parent (R)</source>
        <translation>Выбранный вышестоящий элемент не является родительским для этого элемента (R)</translation>
    </message>
    <message>
        <source>C&amp;lear decision</source>
        <translation>&amp;Сбросить решение</translation>
    </message>
    <message>
        <source>Forget your decision; the analysis decides again (0)</source>
        <translation>Забыть ваше решение; анализ решит заново (0)</translation>
    </message>
    <message>
        <source>Plans: {0}</source>
        <translation>Планы: {0}</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to match each plan&apos;s objectives with the plans above it.</source>
        <translation>Запустите анализ (F5), чтобы сопоставить задачи каждого плана с вышестоящими планами.</translation>
    </message>
    <message>
        <source>No plan has a higher-level plan to be checked against. Set each document&apos;s level and rank in the Documents tab (1 = national strategy), then run the analysis again.</source>
        <translation>Ни у одного плана нет вышестоящего плана для проверки. Укажите уровень и ранг каждого документа на вкладке «Документы» (1 = национальная стратегия) и снова запустите анализ.</translation>
    </message>
    <message>
        <source>No goals or objectives were found in this plan.</source>
        <translation>В этом плане не найдено целей и задач.</translation>
    </message>
    <message>
        <source>No higher-level objective matches this plan&apos;s objectives. Tick &apos;All higher-level objectives&apos; to link them by hand.</source>
        <translation>Ни одна вышестоящая задача не соответствует задачам этого плана. Отметьте «Все вышестоящие задачи», чтобы связать их вручную.</translation>
    </message>
    <message>
        <source>No evidence recorded</source>
        <translation>Обоснование не записано</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} candidate parent(s)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — кандидатов в вышестоящие: {1}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
    <message>
        <source>n = {0}</source>
        <translation>n = {0}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>н/п</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Higher-level item</source>
        <translation>Вышестоящий элемент</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Compare with the last drafts</source>
        <translation>Сравнить с предыдущими редакциями</translation>
    </message>
    <message>
        <source>Compare each document that has earlier versions with its last draft, both checked against the same higher-level plans</source>
        <translation>Сравнить каждый документ, у которого есть прежние редакции, с последней из них; обе редакции проверяются по одним и тем же вышестоящим планам</translation>
    </message>
    <message>
        <source>Before/after tracked changes</source>
        <translation>До/после исправлений</translation>
    </message>
    <message>
        <source>Compare a Word draft as it was before its tracked changes with the text analysed (insertions accepted, deletions dropped)</source>
        <translation>Сравнить проект Word до записанных исправлений с анализируемым текстом (вставки приняты, удаления отброшены)</translation>
    </message>
    <message>
        <source>Show one kind of change</source>
        <translation>Показать один вид изменений</translation>
    </message>
    <message>
        <source>Search changes…</source>
        <translation>Поиск по изменениям…</translation>
    </message>
    <message>
        <source>Show changes whose item or sentence contains all these words</source>
        <translation>Показать изменения, в элементе или описании которых есть все эти слова</translation>
    </message>
    <message>
        <source>No comparison yet. Give a document its earlier draft (Documents tab, Versions) and run the analysis (F5): Concord then lists what changed since that draft, which findings the redraft resolved and which it brought. A Word draft with tracked changes can be compared before and after them with the button above.</source>
        <translation>Сравнения пока нет. Укажите для документа его прежнюю редакцию (вкладка «Документы», кнопка «Редакции») и запустите анализ (F5): Concord покажет, что изменилось с той редакции, какие замечания доработка устранила и какие добавила. Проект Word с записанными исправлениями можно сравнить до и после них кнопкой выше.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>All changes ({0})</source>
        <translation>Все изменения ({0})</translation>
    </message>
    <message>
        <source>{0}: before → after its tracked changes</source>
        <translation>{0}: до → после записанных исправлений</translation>
    </message>
    <message>
        <source>{0} changes to items · {1} findings resolved · {2} new · {3} still open · {4} unchanged</source>
        <translation>изменений элементов: {0} · замечаний устранено: {1} · новых: {2} · не устранено: {3} · без изменений: {4}</translation>
    </message>
    <message>
        <source>{0} ({1} insertions, {2} deletions)</source>
        <translation>{0} (вставок: {1}, удалений: {2})</translation>
    </message>
    <message>
        <source>Before the tracked changes</source>
        <translation>До записанных исправлений</translation>
    </message>
    <message>
        <source>Earlier draft</source>
        <translation>Прежняя редакция</translation>
    </message>
    <message>
        <source>With the tracked changes</source>
        <translation>С записанными исправлениями</translation>
    </message>
    <message>
        <source>Current draft</source>
        <translation>Текущая редакция</translation>
    </message>
    <message>
        <source>Not in the earlier draft</source>
        <translation>Нет в прежней редакции</translation>
    </message>
    <message>
        <source>Not in the current draft</source>
        <translation>Нет в текущей редакции</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Amounts</source>
        <translation>Суммы</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Меры по снижению</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Ссылается на</translation>
    </message>
    <message>
        <source>Parent in</source>
        <translation>Вышестоящий в</translation>
    </message>
    <message>
        <source>Target as stated</source>
        <translation>Цель в тексте</translation>
    </message>
    <message>
        <source>Baseline as stated</source>
        <translation>Базовое значение в тексте</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Входит в</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед. изм.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Базовое значение</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Целевые значения</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Источник данных</translation>
    </message>
    <message>
        <source>Candidate higher-level parents</source>
        <translation>Кандидаты в вышестоящие элементы</translation>
    </message>
    <message>
        <source>review in Alignment</source>
        <translation>проверить в «Согласованности»</translation>
    </message>
    <message>
        <source>Lower-level items proposed to implement this</source>
        <translation>Элементы нижнего уровня, предложенные для реализации</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что сделать</translation>
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
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>The document file; drop more files on the window or use File &gt; Add documents</source>
        <translation>Файл документа; перетащите файлы в окно или выберите Файл &gt; Добавить документы</translation>
    </message>
    <message>
        <source>The name charts, the alignment matrix and tables use for this document; made from the title unless you type your own (kept in the project)</source>
        <translation>Имя документа в диаграммах, матрице согласованности и таблицах; составляется из названия, если вы не введёте своё (сохраняется в проекте)</translation>
    </message>
    <message>
        <source>National, regional or local plan</source>
        <translation>Национальный, региональный или местный план</translation>
    </message>
    <message>
        <source>Place in the plan hierarchy: 1 is the top. Each plan is checked against plans with a smaller rank</source>
        <translation>Место в иерархии планов: 1 — высший уровень. Каждый план проверяется по планам с меньшим рангом</translation>
    </message>
    <message>
        <source>The region the plan covers (empty for national plans)</source>
        <translation>Регион, который охватывает план (пусто для национальных планов)</translation>
    </message>
    <message>
        <source>The years the plan covers, e.g. 2021–2025</source>
        <translation>Годы, которые охватывает план, например 2021–2025</translation>
    </message>
    <message>
        <source>Whether the last analysis could read the document</source>
        <translation>Удалось ли последнему анализу прочитать документ</translation>
    </message>
    <message>
        <source>The title read from the document</source>
        <translation>Название, прочитанное из документа</translation>
    </message>
    <message>
        <source>File missing</source>
        <translation>Файл не найден</translation>
    </message>
    <message>
        <source>{0} is not at {1}. Move it back, or remove it from the project and add it again from its new place.</source>
        <translation>{0} отсутствует по пути {1}. Верните файл на место или удалите его из проекта и добавьте снова из нового расположения.</translation>
    </message>
    <message>
        <source>Not analysed yet</source>
        <translation>Не проанализирован</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to read this document</source>
        <translation>Запустите анализ (F5), чтобы прочитать этот документ</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Не удалось прочитать</translation>
    </message>
    <message>
        <source>Read with warnings</source>
        <translation>Прочитан с предупреждениями</translation>
    </message>
    <message>
        <source>Part of the file was skipped</source>
        <translation>Часть файла пропущена</translation>
    </message>
    <message>
        <source>Read: {0} items</source>
        <translation>Прочитан ({0} эл.)</translation>
    </message>
    <message>
        <source>What the document is: a development plan or programme, a sectoral strategy, a climate pledge, a decree approving a plan or an analytical input. Concord reads it from the text; the severity of the findings follows it</source>
        <translation>Что это за документ: план или программа развития, отраслевая стратегия, климатические обязательства, постановление об утверждении плана или аналитический материал. Concord определяет это по тексту; от этого зависит важность замечаний</translation>
    </message>
    <message>
        <source>tracked changes accepted</source>
        <translation>исправления приняты</translation>
    </message>
    <message>
        <source>The draft has tracked changes ({0} insertions, {1} deletions): Concord read it with the insertions accepted and the deletions dropped. Changes tab: compare before/after them.</source>
        <translation>В проекте есть записанные исправления (вставок: {0}, удалений: {1}): Concord прочитал его с принятыми вставками и без удалённого текста. Вкладка «Изменения»: сравнение до и после них.</translation>
    </message>
    <message>
        <source>Read without problems</source>
        <translation>Прочитан без проблем</translation>
    </message>
    <message>
        <source>You set this document to be a {0}. Double-click and choose “As Concord reads it” to go back.</source>
        <translation>Вы указали вид документа: {0}. Дважды щёлкните и выберите «Как определил Concord», чтобы вернуть прежнее.</translation>
    </message>
    <message>
        <source>Run the analysis (F5): Concord reads what the document is from its text</source>
        <translation>Запустите анализ (F5): Concord определит вид документа по его тексту</translation>
    </message>
    <message>
        <source>Concord took this document for a {0}</source>
        <translation>Concord определил этот документ как: {0}</translation>
    </message>
    <message>
        <source>(it reads {0} in its title or opening)</source>
        <translation>(в названии или начале документа: {0})</translation>
    </message>
    <message>
        <source>Double-click to correct it; the severity of its findings follows the kind.</source>
        <translation>Дважды щёлкните, чтобы исправить; важность замечаний зависит от вида документа.</translation>
    </message>
    <message>
        <source>{0} (+{1} earlier)</source>
        <translation>{0} (+{1} прежн.)</translation>
    </message>
    <message>
        <source>Earlier draft: {0}</source>
        <translation>Прежняя редакция: {0}</translation>
    </message>
    <message>
        <source>Double-click to change</source>
        <translation>Дважды щёлкните, чтобы изменить</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>The documents&apos; structure: sections, goals, objectives and indicators. Click an entry to show it in the text.</source>
        <translation>Структура документов: разделы, цели, задачи и показатели. Щёлкните запись, чтобы показать её в тексте.</translation>
    </message>
    <message>
        <source>Filter the structure…</source>
        <translation>Фильтр структуры…</translation>
    </message>
    <message>
        <source>Show only entries whose text contains these words</source>
        <translation>Показывать только записи, текст которых содержит эти слова</translation>
    </message>
    <message>
        <source>Evidence of the selected finding</source>
        <translation>Обоснование выбранного замечания</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation>Выделено:</translation>
    </message>
    <message>
        <source>Click a highlighted passage to see what was extracted from it</source>
        <translation>Щёлкните выделенный фрагмент, чтобы увидеть, что из него извлечено</translation>
    </message>
    <message>
        <source>Run the analysis (F5) to see the documents here.</source>
        <translation>Запустите анализ (F5), чтобы увидеть здесь документы.</translation>
    </message>
    <message>
        <source>Click an item to see its attributes and links.</source>
        <translation>Щёлкните элемент, чтобы увидеть его атрибуты и связи.</translation>
    </message>
    <message>
        <source>Document view</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <source>Each document with its goals, objectives, indicators, risks and resources highlighted</source>
        <translation>Каждый документ с выделенными целями, задачами, показателями, рисками и ресурсами</translation>
    </message>
    <message>
        <source>level {0} ({1})</source>
        <translation>уровень {0} ({1})</translation>
    </message>
    <message>
        <source>no level set</source>
        <translation>уровень не задан</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>The project&apos;s name, shown in reports</source>
        <translation>Название проекта, выводится в отчётах</translation>
    </message>
    <message>
        <source>Add documents…</source>
        <translation>Добавить документы…</translation>
    </message>
    <message>
        <source>Add Word, Excel, PDF or text files to the project (Ctrl+D); you can also drop files on the window</source>
        <translation>Добавить в проект файлы Word, Excel, PDF или текстовые файлы (Ctrl+D); файлы можно также перетащить в окно</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the selected documents from the project (the files stay where they are)</source>
        <translation>Удалить выбранные документы из проекта (сами файлы остаются на месте)</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Double-click a cell to set the &lt;b&gt;level&lt;/b&gt; (national, regional, local), the &lt;b&gt;rank&lt;/b&gt; (1 = top of the hierarchy; each plan is checked against plans of a smaller rank), the &lt;b&gt;region&lt;/b&gt;, the &lt;b&gt;period&lt;/b&gt; (e.g. 2021–2025) and the &lt;b&gt;kind&lt;/b&gt; (Concord reads it from the text; correct it if it is wrong). Drop files anywhere on the window to add them.</source>
        <translation>Дважды щёлкните ячейку, чтобы задать &lt;b&gt;уровень&lt;/b&gt; (национальный, региональный, местный), &lt;b&gt;ранг&lt;/b&gt; (1 = вершина иерархии; каждый план проверяется по планам с меньшим рангом), &lt;b&gt;регион&lt;/b&gt;, &lt;b&gt;период&lt;/b&gt; (например, 2021–2025) и &lt;b&gt;вид&lt;/b&gt; (Concord определяет его по тексту; исправьте, если он неверен). Чтобы добавить файлы, перетащите их в любое место окна.</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Название проекта:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Windows refused access to {0}.</source>
        <translation>Windows отказала в доступе к {0}.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файлу</translation>
    </message>
    <message>
        <source>Close the file if it is open in Word or Excel, or choose a folder you may write to, then try again.</source>
        <translation>Закройте файл, если он открыт в Word или Excel, или выберите папку, в которую разрешена запись, и повторите попытку.</translation>
    </message>
    <message>
        <source>{0} was not found.</source>
        <translation>{0} не найден.</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Check that the file was not moved or renamed; remove it from the project and add it again from its new place.</source>
        <translation>Проверьте, не был ли файл перемещён или переименован; удалите его из проекта и добавьте снова из нового расположения.</translation>
    </message>
    <message>
        <source>The language model &apos;{0}&apos; is not installed.</source>
        <translation>Языковая модель «{0}» не установлена.</translation>
    </message>
    <message>
        <source>Open Settings (Ctrl+,) and choose the rules-only pipeline, or ask IT to install Concord&apos;s language model.</source>
        <translation>Откройте настройки (Ctrl+,) и выберите конвейер только на правилах или попросите ИТ-службу установить языковую модель Concord.</translation>
    </message>
    <message>
        <source>Part of Concord is missing from this installation ({0}).</source>
        <translation>В этой установке отсутствует часть Concord ({0}).</translation>
    </message>
    <message>
        <source>Reinstall or update Concord. Your project file is unchanged.</source>
        <translation>Переустановите или обновите Concord. Файл проекта не изменён.</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>Компьютеру не хватило памяти.</translation>
    </message>
    <message>
        <source>Close other programs, or analyse fewer or smaller documents at a time.</source>
        <translation>Закройте другие программы или анализируйте за раз меньше документов или документы меньшего объёма.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Check the disk and the file, then try again.</source>
        <translation>Проверьте диск и файл и повторите попытку.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {0}: {1}</source>
        <translation>Непредвиденная ошибка: {0}: {1}</translation>
    </message>
    <message>
        <source>Your project is unchanged. Try again; if it happens again, send the details (Show Details…) to your Concord support contact.</source>
        <translation>Проект не изменён. Повторите попытку; если ошибка повторится, отправьте подробности («Показать подробности…») в службу поддержки Concord.</translation>
    </message>
    <message>
        <source>Nothing was overwritten.</source>
        <translation>Ничего не перезаписано.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Папки {0} не существует.</translation>
    </message>
    <message>
        <source>Choose an existing folder, or create this one first, then export again.</source>
        <translation>Выберите существующую папку или сначала создайте эту, затем повторите экспорт.</translation>
    </message>
    <message>
        <source>{0} is a file, not a folder.</source>
        <translation>{0} — это файл, а не папка.</translation>
    </message>
    <message>
        <source>Choose a folder for the export, then try again.</source>
        <translation>Выберите папку для экспорта и повторите попытку.</translation>
    </message>
    <message>
        <source>A folder named {0} is already in {1}.</source>
        <translation>В {1} уже есть папка с именем {0}.</translation>
    </message>
    <message>
        <source>Type a different file name for the export.</source>
        <translation>Введите другое имя файла для экспорта.</translation>
    </message>
    <message>
        <source>{0} in {1} is one of the project&apos;s documents ({2}): the export would overwrite the plan.</source>
        <translation>{0} в {1} — один из документов проекта ({2}): экспорт перезаписал бы план.</translation>
    </message>
    <message>
        <source>Choose another file name or folder for the export. {0}</source>
        <translation>Выберите для экспорта другое имя файла или другую папку. {0}</translation>
    </message>
    <message>
        <source>{0} in {1} is the project file: the export would overwrite it.</source>
        <translation>{0} в {1} — файл проекта: экспорт перезаписал бы его.</translation>
    </message>
    <message>
        <source>{0} in {1} is named twice.</source>
        <translation>{0} в {1} указан дважды.</translation>
    </message>
    <message>
        <source>Give each export its own file name.</source>
        <translation>Дайте каждому экспорту своё имя файла.</translation>
    </message>
    <message>
        <source>Concord may not write {0} in {1}.</source>
        <translation>Concord не может записать {0} в {1}: нет доступа.</translation>
    </message>
    <message>
        <source>Close the file if it is open in Word or Excel, or choose a folder you may write to, then try again. {0}</source>
        <translation>Закройте файл, если он открыт в Word или Excel, или выберите папку, в которую можно записывать, и повторите попытку. {0}</translation>
    </message>
    <message>
        <source>The disk is full: {0} could not be written in {1}.</source>
        <translation>Диск заполнен: не удалось записать {0} в {1}.</translation>
    </message>
    <message>
        <source>Free some space or choose another drive, then try again. The previous {0}, if there was one, is unchanged.</source>
        <translation>Освободите место или выберите другой диск и повторите попытку. Прежний {0}, если он был, не изменён.</translation>
    </message>
    <message>
        <source>{0} could not be written in {1}: {2}</source>
        <translation>Не удалось записать {0} в {1}: {2}</translation>
    </message>
    <message>
        <source>Check the disk and the folder, then try again. {0}</source>
        <translation>Проверьте диск и папку и повторите попытку. {0}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Word gap report</source>
        <translation>Отчёт о несоответствиях (Word)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Annotated copies</source>
        <translation>Копии с комментариями</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Запись {0}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>gap report</source>
        <translation>отчёт о несоответствиях</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>замечания</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>с комментариями</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Show or hide findings of this severity</source>
        <translation>Показать или скрыть замечания этой важности</translation>
    </message>
    <message>
        <source>Show one kind of finding</source>
        <translation>Показать один вид замечаний</translation>
    </message>
    <message>
        <source>Show the findings about one document</source>
        <translation>Показать замечания по одному документу</translation>
    </message>
    <message>
        <source>Search findings…</source>
        <translation>Поиск по замечаниям…</translation>
    </message>
    <message>
        <source>Show findings whose title, message, evidence, suggestion or document (title or file name) contain all these words (Ctrl+F)</source>
        <translation>Показать замечания, в заголовке, тексте, обосновании, рекомендации или документе (название или имя файла) которых есть все эти слова (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show dismissed</source>
        <translation>Показать снятые</translation>
    </message>
    <message>
        <source>Also list the findings you dismissed (greyed out)</source>
        <translation>Показывать и снятые вами замечания (серым цветом)</translation>
    </message>
    <message>
        <source>Select a finding to read what is wrong, the evidence and what to do. Its evidence is highlighted in the document on the right.</source>
        <translation>Выберите замечание, чтобы прочитать, в чём проблема, обоснование и что сделать. Обоснование выделяется в документе справа.</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Показать в документе</translation>
    </message>
    <message>
        <source>Highlight the evidence in the document view (double-click a row does the same)</source>
        <translation>Выделить обоснование в просмотре документа (то же делает двойной щелчок по строке)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Hide the selected findings in this project (Del); they stay dismissed after a re-run and are left out of reports</source>
        <translation>Скрыть выбранные замечания в этом проекте (Del); они остаются снятыми после повторного анализа и не попадают в отчёты</translation>
    </message>
    <message>
        <source>Dismiss finding</source>
        <translation>Снять замечание</translation>
    </message>
    <message>
        <source>All kinds of finding</source>
        <translation>Все виды замечаний</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Все документы</translation>
    </message>
    <message>
        <source>{0} of {1} findings shown</source>
        <translation>Показано замечаний: {0} из {1}</translation>
    </message>
    <message>
        <source>{0} dismissed</source>
        <translation>снято: {0}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
</context>
<context>
    <name>KindDelegate</name>
    <message>
        <source>As Concord reads it</source>
        <translation>Как определил Concord</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Подзадача</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Целевое значение</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ресурс</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Предложена</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждена</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>increase</source>
        <translation>рост</translation>
    </message>
    <message>
        <source>decrease</source>
        <translation>снижение</translation>
    </message>
    <message>
        <source>maintain</source>
        <translation>сохранение</translation>
    </message>
    <message>
        <source>reach a level</source>
        <translation>достижение уровня</translation>
    </message>
    <message>
        <source>eliminate</source>
        <translation>ликвидация</translation>
    </message>
    <message>
        <source>national</source>
        <translation>национальный</translation>
    </message>
    <message>
        <source>regional</source>
        <translation>региональный</translation>
    </message>
    <message>
        <source>local</source>
        <translation>местный</translation>
    </message>
    <message>
        <source>development plan or programme</source>
        <translation>план или программа развития</translation>
    </message>
    <message>
        <source>sectoral strategy or policy</source>
        <translation>отраслевая стратегия или политика</translation>
    </message>
    <message>
        <source>climate pledge (NDC)</source>
        <translation>климатические обязательства (ОНУВ)</translation>
    </message>
    <message>
        <source>decree approving a plan</source>
        <translation>постановление об утверждении плана</translation>
    </message>
    <message>
        <source>analytical input</source>
        <translation>аналитический материал</translation>
    </message>
    <message>
        <source>plan / programme</source>
        <translation>план / программа</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>стратегия</translation>
    </message>
    <message>
        <source>climate pledge</source>
        <translation>климат. обязательства</translation>
    </message>
    <message>
        <source>decree</source>
        <translation>постановление</translation>
    </message>
    <message>
        <source>analysis</source>
        <translation>аналитика</translation>
    </message>
    <message>
        <source>input</source>
        <translation>затраты</translation>
    </message>
    <message>
        <source>output</source>
        <translation>прямой результат</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>конечный результат</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>не определён</translation>
    </message>
    <message>
        <source>Reading and extracting {0}</source>
        <translation>Чтение и извлечение: {0}</translation>
    </message>
    <message>
        <source>Linking level {0} plans to the plans above</source>
        <translation>Связывание планов уровня {0} с вышестоящими</translation>
    </message>
    <message>
        <source>Linking lower-level items to higher-level plans</source>
        <translation>Связывание элементов нижнего уровня с вышестоящими планами</translation>
    </message>
    <message>
        <source>Comparing plans of the same level</source>
        <translation>Сравнение планов одного уровня</translation>
    </message>
    <message>
        <source>Checking coherence</source>
        <translation>Проверка согласованности</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Связано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Open the file in Word; if it opens, save it again as a Word document (.docx) and run the analysis again (F5). If it does not open, ask its author for a new copy.</source>
        <translation>Откройте файл в Word; если он открывается, сохраните его заново как документ Word (.docx) и снова запустите анализ (F5). Если не открывается, попросите автора прислать новую копию.</translation>
    </message>
    <message>
        <source>Open the file in Excel; if it opens, save it again as an Excel workbook (.xlsx) and run the analysis again (F5). If it does not open, ask its author for a new copy.</source>
        <translation>Откройте файл в Excel; если он открывается, сохраните его заново как книгу Excel (.xlsx) и снова запустите анализ (F5). Если не открывается, попросите автора прислать новую копию.</translation>
    </message>
    <message>
        <source>Open the file in a PDF reader; if it opens, print it to a new PDF (or export the original as PDF again) and add that copy. If it does not open, ask its author for a new copy.</source>
        <translation>Откройте файл в программе просмотра PDF; если он открывается, распечатайте его в новый PDF (или снова экспортируйте оригинал в PDF) и добавьте эту копию. Если не открывается, попросите автора прислать новую копию.</translation>
    </message>
    <message>
        <source>Open the file in a text editor, save it as UTF-8 text and run the analysis again (F5).</source>
        <translation>Откройте файл в текстовом редакторе, сохраните его как текст UTF-8 и снова запустите анализ (F5).</translation>
    </message>
    <message>
        <source>Then run the analysis again (F5).</source>
        <translation>Затем снова запустите анализ (F5).</translation>
    </message>
    <message>
        <source>Put the file back, or remove it from the project and add it again from its new place.</source>
        <translation>Верните файл на место или удалите его из проекта и добавьте снова из нового расположения.</translation>
    </message>
    <message>
        <source>The file has nothing in it: check that it is the right file (the saved copy may be empty), or remove it from the project.</source>
        <translation>Файл пуст: проверьте, тот ли это файл (сохранённая копия может быть пустой), или удалите его из проекта.</translation>
    </message>
    <message>
        <source>The file may be damaged. Open it in the program that made it and save a new copy, or ask its author for one.</source>
        <translation>Возможно, файл повреждён. Откройте его в программе, в которой он создан, и сохраните новую копию или попросите её у автора.</translation>
    </message>
    <message>
        <source>Save the file again in the program that made it, then run the analysis again (F5).</source>
        <translation>Сохраните файл заново в программе, в которой он создан, и снова запустите анализ (F5).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Concord</source>
        <translation>Concord</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Согласованность</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>The project&apos;s documents and their levels (Ctrl+1)</source>
        <translation>Документы проекта и их уровни (Ctrl+1)</translation>
    </message>
    <message>
        <source>Figures per document (Ctrl+2)</source>
        <translation>Показатели по документам (Ctrl+2)</translation>
    </message>
    <message>
        <source>What does not hold together, with evidence (Ctrl+3)</source>
        <translation>Что не согласуется, с обоснованием (Ctrl+3)</translation>
    </message>
    <message>
        <source>Which higher-level objective each objective implements (Ctrl+4)</source>
        <translation>Какую вышестоящую задачу реализует каждая задача (Ctrl+4)</translation>
    </message>
    <message>
        <source>What changed since the last draft: items, targets, findings (Ctrl+5)</source>
        <translation>Что изменилось после предыдущей редакции: элементы, целевые значения, замечания (Ctrl+5)</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Новый проект</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Создать пустой проект</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <source>Open a Concord project file (.concord)</source>
        <translation>Открыть файл проекта Concord (.concord)</translation>
    </message>
    <message>
        <source>&amp;Save project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <source>Save the documents, levels, link decisions and dismissed findings</source>
        <translation>Сохранить документы, уровни, решения о связях и снятые замечания</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Сохранить проект под новым именем</translation>
    </message>
    <message>
        <source>&amp;Add documents…</source>
        <translation>&amp;Добавить документы…</translation>
    </message>
    <message>
        <source>Add Word, Excel, PDF or text files to the project</source>
        <translation>Добавить в проект файлы Word, Excel, PDF или текстовые файлы</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Run analysis</source>
        <translation>&amp;Запустить анализ</translation>
    </message>
    <message>
        <source>Read the documents, link them and check them (F5)</source>
        <translation>Прочитать документы, связать и проверить их (F5)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Pipeline, thresholds, indicator limits, lexicon folder</source>
        <translation>Конвейер, пороги, лимиты показателей, папка словарей</translation>
    </message>
    <message>
        <source>&amp;Find in findings</source>
        <translation>&amp;Поиск по замечаниям</translation>
    </message>
    <message>
        <source>&amp;About Concord</source>
        <translation>&amp;О программе Concord</translation>
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
        <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Анализ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Согласованность</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Изменения</translation>
    </message>
    <message>
        <source>Document &amp;view</source>
        <translation>&amp;Просмотр документа</translation>
    </message>
    <message>
        <source>Show or hide the document text on the right (F9)</source>
        <translation>Показать или скрыть текст документа справа (F9)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>The current stage and document</source>
        <translation>Текущий этап и документ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the analysis (Esc); the results shown stay as they were</source>
        <translation>Остановить анализ (Esc); показанные результаты не изменятся</translation>
    </message>
    <message>
        <source>Language model: not loaded</source>
        <translation>Языковая модель: не загружена</translation>
    </message>
    <message>
        <source>The spaCy pipeline that reads the documents</source>
        <translation>Конвейер spaCy, который читает документы</translation>
    </message>
    <message>
        <source>Documents changed: run again (F5)</source>
        <translation>Документы изменились: запустите снова (F5)</translation>
    </message>
    <message>
        <source>Open a project (Ctrl+O) or add documents (Ctrl+D).</source>
        <translation>Откройте проект (Ctrl+O) или добавьте документы (Ctrl+D).</translation>
    </message>
    <message>
        <source>Language model: loading…</source>
        <translation>Языковая модель: загрузка…</translation>
    </message>
    <message>
        <source>The language model could not load</source>
        <translation>Не удалось загрузить языковую модель</translation>
    </message>
    <message>
        <source>Language model: {0} {1}</source>
        <translation>Языковая модель: {0} {1}</translation>
    </message>
    <message>
        <source>Language model: {0}</source>
        <translation>Языковая модель: {0}</translation>
    </message>
    <message>
        <source>Language model: not available</source>
        <translation>Языковая модель: недоступна</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The project &apos;{0}&apos; has unsaved changes (documents, link decisions or dismissed findings). Save them first?</source>
        <translation>В проекте «{0}» есть несохранённые изменения (документы, решения о связях или снятые замечания). Сохранить их?</translation>
    </message>
    <message>
        <source>New project: add documents (Ctrl+D) or drop files on the window.</source>
        <translation>Новый проект: добавьте документы (Ctrl+D) или перетащите файлы в окно.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <source>Concord projects (*.concord)</source>
        <translation>Проекты Concord (*.concord)</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <source>Check that the file is a Concord project (.concord) and not open in another program; the previous version is kept next to it as .concord.bak.</source>
        <translation>Убедитесь, что файл является проектом Concord (.concord) и не открыт в другой программе; предыдущая версия хранится рядом как .concord.bak.</translation>
    </message>
    <message>
        <source>Some documents are missing</source>
        <translation>Некоторые документы не найдены</translation>
    </message>
    <message>
        <source>These files are not where the project expects them: {0}.</source>
        <translation>Эти файлы находятся не там, где их ожидает проект: {0}.</translation>
    </message>
    <message>
        <source>Put them back next to the project file, or remove them in the Documents tab and add them again from their new place.</source>
        <translation>Верните их рядом с файлом проекта или удалите на вкладке «Документы» и добавьте снова из нового расположения.</translation>
    </message>
    <message>
        <source>Opened {0}: {1} documents.</source>
        <translation>Открыт проект {0}: документов — {1}.</translation>
    </message>
    <message>
        <source>Opened {0}: {1} documents. Press F5 to analyse them.</source>
        <translation>Открыт проект {0}: документов — {1}. Нажмите F5, чтобы проанализировать их.</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <source>The project was not saved</source>
        <translation>Проект не сохранён</translation>
    </message>
    <message>
        <source>Close the file in other programs or choose another folder (File &gt; Save project as…). Nothing was lost: the project is still open here.</source>
        <translation>Закройте файл в других программах или выберите другую папку (Файл &gt; Сохранить проект как…). Ничего не потеряно: проект по-прежнему открыт здесь.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Нет недавних проектов</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Добавить документы</translation>
    </message>
    <message>
        <source>{0} document(s) added: set their level, rank, region and period, then run (F5).</source>
        <translation>Добавлено документов: {0}. Укажите их уровень, ранг, регион и период и запустите анализ (F5).</translation>
    </message>
    <message>
        <source>Already in the project: {0}.</source>
        <translation>Уже в проекте: {0}.</translation>
    </message>
    <message>
        <source>Some files were not added</source>
        <translation>Некоторые файлы не добавлены</translation>
    </message>
    <message>
        <source>Concord reads Word (.docx), Excel (.xlsx), PDF and text files; not: {0}.</source>
        <translation>Concord читает файлы Word (.docx), Excel (.xlsx), PDF и текстовые файлы; не поддерживаются: {0}.</translation>
    </message>
    <message>
        <source>Save old .doc/.xls files as .docx/.xlsx in Word or Excel, then add them again.</source>
        <translation>Сохраните старые файлы .doc/.xls в Word или Excel как .docx/.xlsx и добавьте их снова.</translation>
    </message>
    <message>
        <source>Nothing to analyse</source>
        <translation>Нечего анализировать</translation>
    </message>
    <message>
        <source>The project has no documents yet.</source>
        <translation>В проекте пока нет документов.</translation>
    </message>
    <message>
        <source>Add documents with File &gt; Add documents (Ctrl+D) or drop them on the window.</source>
        <translation>Добавьте документы через Файл &gt; Добавить документы (Ctrl+D) или перетащите их в окно.</translation>
    </message>
    <message>
        <source>The analysis stopped</source>
        <translation>Анализ остановлен</translation>
    </message>
    <message>
        <source>Cancelling… (the current step finishes first)</source>
        <translation>Отмена… (сначала завершится текущий шаг)</translation>
    </message>
    <message>
        <source>Wait for the current job to finish, or cancel it (Esc).</source>
        <translation>Дождитесь завершения текущей задачи или отмените её (Esc).</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>&amp;Cancel analysis</source>
        <translation>&amp;Отменить анализ</translation>
    </message>
    <message>
        <source>Stop the analysis (F5 or Esc)</source>
        <translation>Остановить анализ (F5 или Esc)</translation>
    </message>
    <message>
        <source> ({0} s)</source>
        <translation> ({0} с)</translation>
    </message>
    <message>
        <source>Written: {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <source>Results of the last run (the documents have not changed since): {0} items, {1} findings ({2} high).</source>
        <translation>Результаты прошлого запуска (документы с тех пор не менялись): элементов — {0}, замечаний — {1} (высокой важности — {2}).</translation>
    </message>
    <message>
        <source>Analysis finished in {0:.1f} s: {1} items, {2} findings ({3} high).</source>
        <translation>Анализ завершён за {0:.1f} с: элементов — {1}, замечаний — {2} (высокой важности — {3}).</translation>
    </message>
    <message>
        <source>{0} document(s) could not be read</source>
        <translation>Не удалось прочитать документов: {0}</translation>
    </message>
    <message>
        <source>Cancelled. The results shown are from the previous run.</source>
        <translation>Отменено. Показаны результаты предыдущего запуска.</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Пока нечего экспортировать</translation>
    </message>
    <message>
        <source>There are no results yet.</source>
        <translation>Результатов пока нет.</translation>
    </message>
    <message>
        <source>Run the analysis first (F5).</source>
        <translation>Сначала запустите анализ (F5).</translation>
    </message>
    <message>
        <source>Folder for the annotated copies</source>
        <translation>Папка для копий с комментариями</translation>
    </message>
    <message>
        <source>The {0} was not written</source>
        <translation>Не удалось записать: {0}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Compared in {0:.1f} s: {1} changes, {2} findings resolved, {3} new.</source>
        <translation>Сравнение за {0:.1f} с: изменений — {1}, замечаний устранено — {2}, новых — {3}.</translation>
    </message>
    <message>
        <source>Settings saved: they apply to the next run (F5).</source>
        <translation>Настройки сохранены: они действуют со следующего запуска (F5).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language applies when Concord is restarted.</source>
        <translation>Новый язык будет применён после перезапуска Concord.</translation>
    </message>
    <message>
        <source>Plans ({0});;All files (*)</source>
        <translation>Планы ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>The other documents were analysed.</source>
        <translation>Остальные документы проанализированы.</translation>
    </message>
    <message>
        <source>This item is not in the alignment matrix (it has no higher-level plan, or it is not a goal or objective).</source>
        <translation>Этого элемента нет в матрице согласованности (у него нет вышестоящего плана, или это не цель и не задача).</translation>
    </message>
    <message>
        <source>{0}[*] — Concord</source>
        <translation>{0}[*] — Concord</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Документы ({0})</translation>
    </message>
    <message>
        <source>Findings ({0})</source>
        <translation>Замечания ({0})</translation>
    </message>
    <message>
        <source>Closing: cancelling the analysis…</source>
        <translation>Закрытие: отмена анализа…</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Связанность</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Indicator completeness</source>
        <translation>Полнота показателей</translation>
    </message>
    <message>
        <source>Outcome share</source>
        <translation>Доля конечных результатов</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Прямой результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Конечный результат</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Share of this plan&apos;s objectives linked to a higher-level objective</source>
        <translation>Доля задач этого плана, связанных с вышестоящей задачей</translation>
    </message>
    <message>
        <source>Share of the higher plans&apos; priorities this plan takes up</source>
        <translation>Доля приоритетов вышестоящих планов, учтённых в этом плане</translation>
    </message>
    <message>
        <source>Share of indicators with a unit, a baseline and a dated target</source>
        <translation>Доля показателей с единицей измерения, базовым значением и целевым значением на определённый год</translation>
    </message>
    <message>
        <source>Share of indicators that measure outcomes (what changes), not outputs</source>
        <translation>Доля показателей конечного результата (что меняется), а не прямого результата</translation>
    </message>
    <message>
        <source>Not applicable: no higher-level plan or nothing to measure</source>
        <translation>Неприменимо: нет вышестоящего плана или нечего измерять</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Открытые замечания по важности</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Справочно</translation>
    </message>
    <message>
        <source>Linkage, coverage and indicator quality</source>
        <translation>Связанность, охват и полнота</translation>
    </message>
    <message>
        <source>Linkage</source>
        <translation>Связанность</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Indicator completeness</source>
        <translation>Полнота показателей</translation>
    </message>
    <message>
        <source>Linkage: share of the plan&apos;s objectives linked to a higher-level objective.
Coverage: share of the higher plans&apos; priorities this plan takes up.
Indicator completeness: share of indicators with unit, baseline and dated target.
&apos;–&apos;: not applicable (no higher-level plan).</source>
        <translation>Связанность: доля задач плана, связанных с вышестоящей задачей.
Охват: доля приоритетов вышестоящих планов, учтённых в этом плане.
Полнота показателей: доля показателей с единицей измерения, базовым значением и целевым значением на год.
«–»: неприменимо (нет вышестоящего плана).</translation>
    </message>
    <message>
        <source>What the indicators measure (share of indicators)</source>
        <translation>Что измеряют показатели (доли)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Прямой результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Конечный результат</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Outputs are what a policy produces (people trained); outcomes are what changes (jobs created). Plans measured only by outputs are flagged.</source>
        <translation>Прямые результаты — то, что производит политика (обучено людей); конечные результаты — то, что меняется (создано рабочих мест). Планы, измеряемые только прямыми результатами, отмечаются.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reading the figures&lt;/b&gt;&lt;br&gt;&lt;b&gt;Linkage&lt;/b&gt;: share of a plan&apos;s objectives linked to an objective of a higher-level plan.&lt;br&gt;&lt;b&gt;Coverage&lt;/b&gt;: share of the higher plans&apos; priorities that the plan takes up.&lt;br&gt;&lt;b&gt;Indicator completeness&lt;/b&gt;: share of indicators with a unit, a baseline and a dated target.&lt;br&gt;&lt;b&gt;Outcome&lt;/b&gt; indicators measure what changes (jobs, productivity); &lt;b&gt;output&lt;/b&gt; indicators what the programme produces (people trained, grants). &apos;–&apos;: no higher-level plan to compare with.&lt;br&gt;Dismissed findings are not counted.</source>
        <translation>&lt;b&gt;Как читать показатели&lt;/b&gt;&lt;br&gt;&lt;b&gt;Связанность&lt;/b&gt;: доля задач плана, связанных с задачей вышестоящего плана.&lt;br&gt;&lt;b&gt;Охват&lt;/b&gt;: доля приоритетов вышестоящих планов, учтённых в плане.&lt;br&gt;&lt;b&gt;Полнота показателей&lt;/b&gt;: доля показателей с единицей измерения, базовым значением и целевым значением на год.&lt;br&gt;Показатели &lt;b&gt;конечного результата&lt;/b&gt; измеряют то, что меняется (рабочие места, производительность); показатели &lt;b&gt;прямого результата&lt;/b&gt; — то, что производит программа (обучено людей, выдано грантов). «–»: нет вышестоящего плана для сравнения.&lt;br&gt;Снятые замечания не учитываются.</translation>
    </message>
    <message>
        <source>Short names: {0}</source>
        <translation>Краткие имена: {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; documents · &lt;b&gt;{1}&lt;/b&gt; items extracted · &lt;b&gt;{2}&lt;/b&gt; open findings, &lt;b style=&apos;color:#c62828&apos;&gt;{3}&lt;/b&gt; of them high</source>
        <translation>Документов: &lt;b&gt;{0}&lt;/b&gt; · извлечено элементов: &lt;b&gt;{1}&lt;/b&gt; · открытых замечаний: &lt;b&gt;{2}&lt;/b&gt;, из них высокой важности: &lt;b style=&apos;color:#c62828&apos;&gt;{3}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{0} document(s) could not be read</source>
        <translation>Не удалось прочитать документов: {0}</translation>
    </message>
    <message>
        <source>documents changed since: run again (F5)</source>
        <translation>с тех пор документы изменились: запустите снова (F5)</translation>
    </message>
</context>
<context>
    <name>RankDelegate</name>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Untitled project</source>
        <translation>Новый проект</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The language of the menus, the findings and the reports. &apos;System language&apos; follows Windows (Russian or Kazakh when set, otherwise English).</source>
        <translation>Язык меню, замечаний и отчётов. «Язык системы» следует настройкам Windows (русский или казахский, если они выбраны, иначе английский).</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>Automatic: the trained English model when installed</source>
        <translation>Автоматически: обученная английская модель, если установлена</translation>
    </message>
    <message>
        <source>Trained English model (en_core_web_sm)</source>
        <translation>Обученная английская модель (en_core_web_sm)</translation>
    </message>
    <message>
        <source>Rules only (no trained model; rougher lemmas)</source>
        <translation>Только правила (без обученной модели; леммы грубее)</translation>
    </message>
    <message>
        <source>The spaCy pipeline that reads the documents. Changing it re-reads every document on the next run.</source>
        <translation>Конвейер spaCy, который читает документы. После смены все документы будут перечитаны при следующем запуске.</translation>
    </message>
    <message>
        <source>Pipeline:</source>
        <translation>Конвейер:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Используется сейчас:</translation>
    </message>
    <message>
        <source>A suggested link counts as a link when its score reaches this value. &apos;Calibrated default&apos; uses the value tuned on test plans.</source>
        <translation>Предложенная связь засчитывается, когда её оценка достигает этого значения. «Калиброванное по умолчанию» — значение, подобранное на тестовых планах.</translation>
    </message>
    <message>
        <source>Calibrated default</source>
        <translation>Калиброванное по умолчанию</translation>
    </message>
    <message>
        <source>Two objectives of plans at the same level are reported as duplicates above this similarity</source>
        <translation>Две задачи планов одного уровня считаются дублирующими, если сходство выше этого значения</translation>
    </message>
    <message>
        <source>Objectives pulling in opposite directions are only compared above this similarity</source>
        <translation>Задачи с противоположной направленностью сравниваются, только если сходство выше этого значения</translation>
    </message>
    <message>
        <source>A sector plan should touch at least this many complementary policy areas (skills, SMEs, infrastructure …)</source>
        <translation>Отраслевой план должен затрагивать не меньше стольких смежных направлений политики (кадры, МСБ, инфраструктура …)</translation>
    </message>
    <message>
        <source>Missing-section checks (risks, resources, monitoring) apply only to documents with at least this many words</source>
        <translation>Проверки отсутствующих разделов (риски, ресурсы, мониторинг) применяются только к документам не короче стольких слов</translation>
    </message>
    <message>
        <source>Link acceptance score:</source>
        <translation>Порог принятия связи:</translation>
    </message>
    <message>
        <source>Duplicate similarity:</source>
        <translation>Сходство для дублирования:</translation>
    </message>
    <message>
        <source>Contradiction similarity:</source>
        <translation>Сходство для противоречия:</translation>
    </message>
    <message>
        <source>Policy areas for an integrated vision:</source>
        <translation>Направлений для комплексного видения:</translation>
    </message>
    <message>
        <source>Words before section checks apply:</source>
        <translation>Слов для проверки разделов:</translation>
    </message>
    <message>
        <source>More indicators than this in one plan is reported as overload</source>
        <translation>Больше показателей в одном плане считается перегрузкой</translation>
    </message>
    <message>
        <source>More objectives than this in one plan is reported as overload</source>
        <translation>Больше задач в одном плане считается перегрузкой</translation>
    </message>
    <message>
        <source>More indicators than this for one objective is reported</source>
        <translation>Больше показателей на одну задачу отмечается в замечаниях</translation>
    </message>
    <message>
        <source>Indicators per plan:</source>
        <translation>Показателей на план:</translation>
    </message>
    <message>
        <source>Objectives per plan:</source>
        <translation>Задач на план:</translation>
    </message>
    <message>
        <source>Indicators per objective:</source>
        <translation>Показателей на задачу:</translation>
    </message>
    <message>
        <source>Built-in lexicons</source>
        <translation>Встроенные словари</translation>
    </message>
    <message>
        <source>A folder with your ministry&apos;s copies of the lexicon files (cue words, section names, units …). Empty: the built-in ones.</source>
        <translation>Папка с копиями файлов словарей вашего министерства (ключевые слова, названия разделов, единицы измерения …). Пусто — встроенные.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Run the analysis when a project opens</source>
        <translation>Запускать анализ при открытии проекта</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language processing</source>
        <translation>Обработка языка</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Пороги</translation>
    </message>
    <message>
        <source>Indicator overload limits</source>
        <translation>Лимиты перегрузки показателями</translation>
    </message>
    <message>
        <source>Lexicon folder</source>
        <translation>Папка словарей</translation>
    </message>
    <message>
        <source>Changes apply to the next analysis run (F5).</source>
        <translation>Изменения действуют со следующего запуска анализа (F5).</translation>
    </message>
    <message>
        <source>{0} is not a folder of lexicon files (.json).

Choose the folder that holds your copies of cues.json, sections.json …, or leave the field empty to use the built-in lexicons.</source>
        <translation>{0} не является папкой файлов словарей (.json).

Выберите папку с вашими копиями cues.json, sections.json … или оставьте поле пустым, чтобы использовать встроенные словари.</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
</context>
<context>
    <name>VersionPane</name>
    <message>
        <source>The selected item in this version: removed words struck through in red, added words underlined in green</source>
        <translation>Выбранный элемент в этой редакции: удалённые слова зачёркнуты красным, добавленные подчёркнуты зелёным</translation>
    </message>
    <message>
        <source>The whole version, scrolled to the place of the selected change</source>
        <translation>Вся редакция, прокрученная к месту выбранного изменения</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>{0} looks like an earlier draft of {1}.</source>
        <translation>{0} похож на прежнюю редакцию {1}.</translation>
    </message>
    <message>
        <source>Earlier drafts</source>
        <translation>Прежние редакции</translation>
    </message>
    <message>
        <source>Keep them as earlier versions? Concord then shows what changed since the last draft (Changes tab) and puts it first in the Word report.</source>
        <translation>Сохранить их как прежние редакции? Тогда Concord покажет, что изменилось после предыдущей редакции (вкладка «Изменения»), и поставит это в начало отчёта Word.</translation>
    </message>
</context>
<context>
    <name>VersionsButton</name>
    <message>
        <source>Versions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <source>Earlier drafts of the selected document: Concord shows what changed since the last one (Changes tab)</source>
        <translation>Прежние редакции выбранного документа: Concord показывает, что изменилось после последней из них (вкладка «Изменения»)</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>Сначала выберите документ</translation>
    </message>
    <message>
        <source>Add an earlier draft of this document…</source>
        <translation>Добавить прежнюю редакцию этого документа…</translation>
    </message>
    <message>
        <source>Make an earlier draft current</source>
        <translation>Сделать прежнюю редакцию текущей</translation>
    </message>
    <message>
        <source>Forget the earlier drafts</source>
        <translation>Забыть прежние редакции</translation>
    </message>
    <message>
        <source>Current: {0}</source>
        <translation>Текущая: {0}</translation>
    </message>
    <message>
        <source>Earlier: {0}</source>
        <translation>Прежняя: {0}</translation>
    </message>
    <message>
        <source>Earlier drafts of {0}</source>
        <translation>Прежние редакции {0}</translation>
    </message>
    <message>
        <source>Documents ({0})</source>
        <translation>Документы ({0})</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Loading the language model</source>
        <translation>Загрузка языковой модели</translation>
    </message>
    <message>
        <source>Reading the earlier draft</source>
        <translation>Чтение прежней редакции</translation>
    </message>
    <message>
        <source>The drafts could not be compared</source>
        <translation>Не удалось сравнить редакции</translation>
    </message>
</context>
</TS>
