<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AxisEditor</name>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="52"/>
        <source>Learning rate α</source>
        <extracomment>Values shown in the preview before it is cut with &quot;…&quot;.</extracomment>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="53"/>
        <source>Momentum β</source>
        <translation>动量 β</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="54"/>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="55"/>
        <source>β2 (RMSprop, Adam)</source>
        <translation>β2（RMSprop、Adam）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="56"/>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="57"/>
        <source>Decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="58"/>
        <source>Seed repeats</source>
        <translation>随机种子（重复）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="85"/>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="87"/>
        <source>Space the values evenly in log10, as learning rates are usually tuned</source>
        <translation>按 log10 等间距取值（调学习率时通常如此）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="92"/>
        <source>count</source>
        <translation>个数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="93"/>
        <source>Setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="95"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="97"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/axis_editor.py" line="190"/>
        <source>{0} values: {1}</source>
        <translation>{0} 个值：{1}</translation>
    </message>
</context>
<context>
    <name>CompareProgressWidget</name>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="45"/>
        <source>Cancel</source>
        <extracomment>Steps of the progress bar; the comparison&apos;s share done is shown to 0.1 %.</extracomment>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="60"/>
        <source>Comparing decay schedules…</source>
        <translation>正在比较学习率调度…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="60"/>
        <source>Comparing optimizers…</source>
        <translation>正在比较优化器…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="68"/>
        <source>Run {0} of {1}: {2}, epoch {3} of {4}</source>
        <translation>第 {0}/{1} 个运行（{2}），第 {3}/{4} 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="71"/>
        <source>about {0} left</source>
        <translation>剩余约 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_progress.py" line="81"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>CompareRunner</name>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="184"/>
        <source>Cannot compare optimizers: {0}</source>
        <translation>无法比较优化器：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="187"/>
        <source>Compare optimizers: {0}</source>
        <translation>优化器比较：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="195"/>
        <source>Cannot compare decay schedules: {0}</source>
        <translation>无法比较学习率调度：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="198"/>
        <source>Compare decay: {0}</source>
        <translation>衰减比较：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="203"/>
        <source>A comparison is already running; cancel it or wait until it ends.</source>
        <translation>已有比较正在进行，请先取消或等待其结束。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="206"/>
        <source>No run database is open, so the comparison runs cannot be stored.</source>
        <translation>没有打开运行数据库，无法保存比较产生的运行。</translation>
    </message>
</context>
<context>
    <name>CompareWorker</name>
    <message>
        <location filename="../../workbench/gui/runs/compare_runner.py" line="115"/>
        <source>The comparison failed with an unexpected error: {0}: {1}</source>
        <extracomment>Minimum time between two progress signals from the worker, in seconds.</extracomment>
        <translation>比较因意外错误而失败：{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ConfigPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/base.py" line="184"/>
        <source>is not a number</source>
        <extracomment>Style of the error text under an invalid field. Characters a parameter combo box shows at least; longer entries are elided.</extracomment>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/base.py" line="185"/>
        <source>type a number such as 0.01 or 1e-8</source>
        <translation>请输入数字，如 0.01 或 1e-8</translation>
    </message>
</context>
<context>
    <name>CsvColumn</name>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="50"/>
        <source>Column &quot;{0}&quot; was not found in {1}. Pick one of: {2}.</source>
        <translation>在 {1} 中找不到列“{0}”。请从以下列中选择：{2}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="58"/>
        <source>Line {0}, column &quot;{1}&quot; of {2}: &quot;{3}&quot; is not a finite number. Correct or delete that row, or pick another column.</source>
        <translation>{2} 第 {0} 行“{1}”列的“{3}”不是有限数值。请修正或删除该行，或选择其他列。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="89"/>
        <source>Could not read {0}: {1}. Check the path and the file&apos;s permissions.</source>
        <translation>无法读取 {0}：{1}。请检查路径和文件权限。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="92"/>
        <source>{0} is not UTF-8 text (invalid byte at offset {1}). Save it as UTF-8 CSV.</source>
        <translation>{0} 不是 UTF-8 文本（偏移量 {1} 处的字节无效）。请将其另存为 UTF-8 编码的 CSV。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="104"/>
        <source>Line {0} of {1} is not valid CSV: {2}. Check the quotes on that line.</source>
        <translation>{1} 第 {0} 行不是有效的 CSV：{2}。请检查该行的引号。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="108"/>
        <source>{0} is empty. A header row and at least one data row are needed.</source>
        <translation>{0} 是空文件。需要一行表头和至少一行数据。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="115"/>
        <source>{0} has a header (line {1}) but no data rows.</source>
        <translation>{0} 有表头（第 {1} 行），但没有数据行。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/csv_column.py" line="120"/>
        <source>Line {0} of {1} has {2} cells but the header has {3}. Make every row as long as the header.</source>
        <translation>{1} 第 {0} 行有 {2} 个单元格，但表头有 {3} 个。请让每一行的单元格数与表头相同。</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="54"/>
        <source>Data set</source>
        <extracomment>Largest seed the spin boxes accept (Qt spin boxes hold 32-bit ints).</extracomment>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="55"/>
        <source>A generated 2-D set, a CSV file shipped with the app, or your own CSV file</source>
        <translation>生成的二维数据集、应用自带的 CSV 文件或你自己的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="58"/>
        <source>Label column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="59"/>
        <source>The CSV column that holds the class labels; every other column is a feature</source>
        <translation>存放类别标签的 CSV 列，其余各列都是特征</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="64"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="65"/>
        <source>Number of points to generate, training and validation together</source>
        <translation>要生成的样本点数（训练集与验证集合计）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="71"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="72"/>
        <source>Standard deviation of the Gaussian noise added to each generated point</source>
        <translation>给每个生成点添加的高斯噪声的标准差</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="76"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="77"/>
        <source>Number of classes (spirals and blobs only)</source>
        <translation>类别数（仅适用于螺旋和高斯团簇）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="83"/>
        <source>Validation share</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="84"/>
        <source>Share of the samples held out for validation (0 to 0.9)</source>
        <translation>留作验证的样本比例（0 到 0.9）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="88"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="89"/>
        <source>Seeds the data generator and the training/validation split</source>
        <translation>数据生成及训练集/验证集划分所用的随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="91"/>
        <source>Loading the data set…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="107"/>
        <source>Moons (generated)</source>
        <translation>月牙形（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="108"/>
        <source>Circles (generated)</source>
        <translation>同心圆（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="109"/>
        <source>Spirals (generated)</source>
        <translation>螺旋（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="110"/>
        <source>XOR (generated)</source>
        <translation>XOR（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="111"/>
        <source>Blobs (generated)</source>
        <translation>高斯团簇（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="118"/>
        <source>Breast cancer (CSV, 30 features)</source>
        <translation>乳腺癌（CSV，30 个特征）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="119"/>
        <source>Iris (CSV, 4 features, 3 classes)</source>
        <translation>鸢尾花（CSV，4 个特征，3 类）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="120"/>
        <source>Digits (CSV, 64 features, 10 classes)</source>
        <translation>手写数字（CSV，64 个特征，10 类）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="128"/>
        <source>Open CSV…</source>
        <translation>打开 CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="175"/>
        <source>Open CSV data set</source>
        <translation>打开 CSV 数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="176"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/data_panel.py" line="187"/>
        <source>(last column)</source>
        <translation>（最后一列）</translation>
    </message>
</context>
<context>
    <name>DecayExplorer</name>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="67"/>
        <source>Constant: α0</source>
        <translation>常数：α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="68"/>
        <source>Inverse time: α0 / (1 + d·e)</source>
        <translation>反比例衰减：α0 / (1 + d·e)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="69"/>
        <source>Exponential: base^e · α0</source>
        <translation>指数衰减：底数^e · α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="70"/>
        <source>Inverse square root: k·α0 / √(e + 1)</source>
        <translation>反平方根衰减：k·α0 / √(e + 1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="71"/>
        <source>Stepwise: α0 / (1 + d·⌊e / interval⌋)</source>
        <translation>阶梯衰减：α0 / (1 + d·⌊e / 间隔⌋)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="80"/>
        <source>α0, the learning rate of the first epoch</source>
        <translation>α0：第一轮的学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="87"/>
        <source>d, used by the inverse-time and stepwise schedules</source>
        <translation>d：反比例衰减和阶梯衰减所用的衰减率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="94"/>
        <source>Base of the exponential schedule, in (0, 1]</source>
        <translation>指数衰减的底数，取值范围 (0, 1]</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="101"/>
        <source>k of the inverse-square-root schedule</source>
        <translation>反平方根衰减中的 k</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="106"/>
        <source>Epochs between two steps of the stepwise schedule</source>
        <translation>阶梯衰减中相邻两次下降之间的轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="111"/>
        <source>Number of epochs plotted</source>
        <translation>绘制的轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="116"/>
        <source>0-based epoch index e at which the table shows each α</source>
        <translation>表格列出各 α 时所取的轮次索引 e（从 0 开始）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="118"/>
        <source>Logarithmic α axis</source>
        <translation>α 轴用对数刻度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="131"/>
        <source>Learning rate α for each epoch</source>
        <translation>每一轮的学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="132"/>
        <source>epoch index e (0 = first epoch)</source>
        <translation>轮次索引 e（0 为第一轮）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="133"/>
        <source>learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="148"/>
        <source>e = {value:.0f}</source>
        <translation>e = {value:.0f}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="156"/>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="156"/>
        <source>α at epoch e</source>
        <translation>第 e 轮的 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="189"/>
        <source>Initial learning rate α0:</source>
        <translation>初始学习率 α0：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="190"/>
        <source>Decay rate d:</source>
        <translation>衰减率 d：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="191"/>
        <source>Exponential base:</source>
        <translation>指数底数：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="192"/>
        <source>k (inverse square root):</source>
        <translation>k（反平方根）：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="193"/>
        <source>Stepwise interval (epochs):</source>
        <translation>阶梯间隔（轮）：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="194"/>
        <source>Epochs plotted:</source>
        <translation>绘制轮数：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/decay_explorer.py" line="195"/>
        <source>Chosen epoch e:</source>
        <translation>选定轮次 e：</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="27"/>
        <source>gd</source>
        <comment>optimizer</comment>
        <translation>梯度下降 (GD)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="28"/>
        <source>momentum</source>
        <comment>optimizer</comment>
        <translation>动量 (Momentum)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="29"/>
        <source>rmsprop</source>
        <comment>optimizer</comment>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="30"/>
        <source>adam</source>
        <comment>optimizer</comment>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="38"/>
        <source>constant</source>
        <comment>learning-rate schedule</comment>
        <translation>常数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="39"/>
        <source>inverse_time</source>
        <comment>learning-rate schedule</comment>
        <translation>反比例衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="40"/>
        <source>exponential</source>
        <comment>learning-rate schedule</comment>
        <translation>指数衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="41"/>
        <source>inverse_sqrt</source>
        <comment>learning-rate schedule</comment>
        <translation>反平方根衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="42"/>
        <source>stepwise</source>
        <comment>learning-rate schedule</comment>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="50"/>
        <source>moons</source>
        <comment>data set</comment>
        <translation>月牙形</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="51"/>
        <source>circles</source>
        <comment>data set</comment>
        <translation>同心圆</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="52"/>
        <source>spirals</source>
        <comment>data set</comment>
        <translation>螺旋</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="53"/>
        <source>xor</source>
        <comment>data set</comment>
        <translation>XOR</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="54"/>
        <source>blobs</source>
        <comment>data set</comment>
        <translation>高斯团簇</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="55"/>
        <source>csv</source>
        <comment>data set</comment>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="63"/>
        <source>relu</source>
        <comment>activation function</comment>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="64"/>
        <source>leaky_relu</source>
        <comment>activation function</comment>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="65"/>
        <source>tanh</source>
        <comment>activation function</comment>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="66"/>
        <source>sigmoid</source>
        <comment>activation function</comment>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="74"/>
        <source>he</source>
        <comment>weight initialization</comment>
        <translation>He</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="75"/>
        <source>xavier</source>
        <comment>weight initialization</comment>
        <translation>Xavier</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="82"/>
        <source>data.source</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="83"/>
        <source>data.csv_path</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="84"/>
        <source>data.label_column</source>
        <translation>标签列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="85"/>
        <source>data.class_names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="86"/>
        <source>data.n_samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="87"/>
        <source>data.noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="88"/>
        <source>data.n_classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="89"/>
        <source>data.validation_fraction</source>
        <translation>验证集比例</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="90"/>
        <source>data.seed</source>
        <translation>数据随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="91"/>
        <source>network.hidden_layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="92"/>
        <source>network.activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="93"/>
        <source>network.initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="94"/>
        <source>network.l2</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="95"/>
        <source>network.seed</source>
        <translation>初始化随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="96"/>
        <source>training.epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="97"/>
        <source>training.mini_batch_size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="98"/>
        <source>training.seed</source>
        <translation>打乱顺序随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="99"/>
        <source>optimizer.name</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="100"/>
        <source>optimizer.learning_rate</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="101"/>
        <source>optimizer.beta</source>
        <translation>动量 β</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="102"/>
        <source>optimizer.beta1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="103"/>
        <source>optimizer.beta2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="104"/>
        <source>optimizer.epsilon</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="105"/>
        <source>optimizer.bias_correction</source>
        <translation>偏差修正</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="106"/>
        <source>schedule.name</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="107"/>
        <source>schedule.decay_rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="108"/>
        <source>schedule.base</source>
        <translation>底数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="109"/>
        <source>schedule.k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="110"/>
        <source>schedule.interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="140"/>
        <source>n/a</source>
        <comment>setting value of a config that does not use it</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="143"/>
        <source>true</source>
        <comment>setting value</comment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="144"/>
        <source>false</source>
        <comment>setting value</comment>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="175"/>
        <source>{0} vs {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="176"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="184"/>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/display_names.py" line="192"/>
        <source>{0}, {1}</source>
        <translation>{0}，{1}</translation>
    </message>
</context>
<context>
    <name>EngineMessages</name>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="51"/>
        <source>missing</source>
        <extracomment>Engine errors whose whole message is one sentence, translated with :func:`translate_message`. How deep a captured value may itself be a message (a race path wrapping an optimizer error).</extracomment>
        <translation>缺失</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="52"/>
        <source>give the path of a CSV file with a header row</source>
        <translation>请给出带表头行的 CSV 文件路径</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="54"/>
        <source>use a noise level such as 0.2</source>
        <translation>请使用 0.2 这样的噪声水平</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="56"/>
        <source>use a share between 0 and 0.9, e.g. 0.2</source>
        <translation>请使用 0 到 0.9 之间的比例，例如 0.2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="58"/>
        <source>every layer needs 1 or more units</source>
        <translation>每层至少需要 1 个单元</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="59"/>
        <source>give positive whole numbers, e.g. [16, 8], or [] for logistic regression</source>
        <translation>请给出正整数，例如 [16, 8]；逻辑回归请用 []</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="61"/>
        <source>too many layers</source>
        <translation>层数过多</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="62"/>
        <source>use at most 20 hidden layers</source>
        <translation>最多使用 20 个隐藏层</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="63"/>
        <source>a layer is too wide</source>
        <translation>某一层过宽</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="64"/>
        <source>use at most 4096 units per layer</source>
        <translation>每层最多使用 4096 个单元</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="65"/>
        <source>use 0 to turn L2 off, or a value such as 0.01</source>
        <translation>用 0 关闭 L2，或使用 0.01 这样的值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="67"/>
        <source>use 1 (stochastic), 64, 128, 256, 512, or 0 for the whole training set</source>
        <translation>请使用 1（随机）、64、128、256、512，或用 0 表示整个训练集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="69"/>
        <source>use a positive learning rate such as 0.01</source>
        <translation>请使用 0.01 这样的正学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="71"/>
        <source>use a value in [0, 1) such as 0.9 (beta, beta1) or 0.999 (beta2)</source>
        <translation>请使用 [0, 1) 内的值，例如 0.9（beta、beta1）或 0.999（beta2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="73"/>
        <source>use a small positive value such as 1e-8</source>
        <translation>请使用 1e-8 这样的小正数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="75"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="76"/>
        <source>use true (the course&apos;s Adam) or false</source>
        <translation>请使用 true（课程中的 Adam）或 false</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="77"/>
        <source>use a value of 0 or more, e.g. 1</source>
        <translation>请使用 0 或更大的值，例如 1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="78"/>
        <source>use a base in (0, 1], e.g. 0.95</source>
        <translation>请使用 (0, 1] 内的底数，例如 0.95</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="79"/>
        <source>use a positive k, e.g. 1</source>
        <translation>请使用正的 k，例如 1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="55"/>
        <source>use 2 to 10 classes</source>
        <translation>请使用 2 到 10 个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="80"/>
        <source>unknown choice</source>
        <translation>未知的选项</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="81"/>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="82"/>
        <source>update Optimizer Workbench or save the config again with this version</source>
        <translation>请更新优化算法实验台，或用此版本重新保存配置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="84"/>
        <source>unknown section</source>
        <translation>未知的部分</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="85"/>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="86"/>
        <source>give the run a name in quotes, or leave it out</source>
        <translation>请用引号给出运行名称，或省略它</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="88"/>
        <source>unknown setting</source>
        <translation>未知的设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="89"/>
        <source>check the path and the file&apos;s permissions</source>
        <translation>请检查路径和文件权限</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="91"/>
        <source>save the file as UTF-8, or save the experiment again from the app</source>
        <translation>请将文件保存为 UTF-8，或在应用中重新保存实验</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="93"/>
        <source>fix the JSON syntax at that place</source>
        <translation>请修正该处的 JSON 语法</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="95"/>
        <source>no CSV file is given</source>
        <translation>未给出 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="96"/>
        <source>Choose a CSV file with a header row</source>
        <translation>请选择带表头行的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="97"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="98"/>
        <source>Choose a CSV file inside it</source>
        <translation>请选择其中的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="99"/>
        <source>Add more rows of data</source>
        <translation>请添加更多数据行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="100"/>
        <source>Give every row one value per header column, and quote values that contain the delimiter</source>
        <translation>每行须为表头的每一列给出一个值，含分隔符的值请加引号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="103"/>
        <source>Check the path and the file&apos;s permissions</source>
        <translation>请检查路径和文件权限</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="105"/>
        <source>is UTF-16 or UTF-32 text, not UTF-8</source>
        <translation>是 UTF-16 或 UTF-32 编码的文本，不是 UTF-8</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="106"/>
        <source>this feature value is too large to standardize</source>
        <translation>该特征值太大，无法标准化</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="109"/>
        <source>Rescale the column so that its values stay within ±1e100, for example by changing its unit or taking its logarithm</source>
        <translation>请缩放这一列，使其取值在 ±1e100 以内，例如换用其他单位或取对数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="112"/>
        <source>is not a text file (it contains NUL bytes)</source>
        <translation>不是文本文件（含有 NUL 字节）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="114"/>
        <source>Choose a CSV file, or export the data as CSV from the program that made it</source>
        <translation>请选择 CSV 文件，或从生成数据的程序导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="116"/>
        <source>Save the file as UTF-8 CSV</source>
        <translation>请将文件保存为 UTF-8 编码的 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="117"/>
        <source>is empty</source>
        <translation>是空文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="118"/>
        <source>Choose a CSV file with a header row and data rows</source>
        <translation>请选择带表头行和数据行的 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="120"/>
        <source>Close every quoted field with a quote followed by the delimiter or the line end</source>
        <translation>每个带引号的字段须以引号结束，其后紧跟分隔符或行尾</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="122"/>
        <source>Separate the columns with commas and name each one in the first row</source>
        <translation>请用逗号分隔各列，并在第一行为每列命名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="124"/>
        <source>the first row contains only numbers, so the file has no header row</source>
        <translation>第一行只有数字，因此文件没有表头行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="126"/>
        <source>Add a first row that names every column, e.g. x1,x2,label</source>
        <translation>请添加为每列命名的第一行，例如 x1,x2,label</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="128"/>
        <source>this header column has no name</source>
        <translation>表头的这一列没有名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="129"/>
        <source>Name every column in the header row</source>
        <translation>请在表头行为每列命名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="130"/>
        <source>Give every column a unique name</source>
        <translation>请为每列取不同的名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="131"/>
        <source>unknown label column</source>
        <translation>未知的标签列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="132"/>
        <source>a feature value is missing</source>
        <translation>缺少特征值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="133"/>
        <source>Fill in the value or delete the row; every feature column needs a number</source>
        <translation>请填入该值或删除该行；每个特征列都需要数字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="135"/>
        <source>this feature value is not a number</source>
        <translation>该特征值不是数字</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="138"/>
        <source>Write a number with a dot as the decimal point, or choose this column as the Label column if it holds the class</source>
        <translation>请写入以点作小数点的数字；如果此列是类别，请把它选为标签列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="142"/>
        <source>this feature value is not finite</source>
        <translation>该特征值不是有限数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="143"/>
        <source>Replace it with a finite number</source>
        <translation>请换成有限数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="144"/>
        <source>the class label is missing</source>
        <translation>缺少类别标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="145"/>
        <source>Fill in the class or delete the row</source>
        <translation>请填入类别或删除该行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="146"/>
        <source>Set the Label column to the column that holds the classes</source>
        <translation>请把标签列设为存放类别的列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="148"/>
        <source>Fix the label, or clear data.class_names so the classes are read from this file</source>
        <translation>请修正该标签，或清空 data.class_names 以便从此文件读取类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="150"/>
        <source>Add rows of another class, or set the Label column to the column that holds the classes</source>
        <translation>请添加另一类别的行，或把标签列设为存放类别的列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="153"/>
        <source>unknown generated data set</source>
        <translation>未知的生成数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="154"/>
        <source>n_classes must be a whole number of 2 or more</source>
        <translation>n_classes 必须是 2 或更大的整数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="156"/>
        <source>Use 2 or more classes</source>
        <translation>请使用 2 个或更多类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="157"/>
        <source>noise must be a finite number of 0 or more</source>
        <translation>noise 必须是 0 或更大的有限数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="159"/>
        <source>seed must be a whole number of 0 or more</source>
        <translation>seed 必须是 0 或更大的整数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="161"/>
        <source>Use a seed such as 0</source>
        <translation>请使用 0 这样的随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="162"/>
        <source>Use n_classes = 2, or choose spirals or blobs for more classes</source>
        <translation>请使用 n_classes = 2，或选择螺旋或高斯团簇以使用更多类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="164"/>
        <source>Use more samples, e.g. 400</source>
        <translation>请使用更多样本，例如 400</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="165"/>
        <source>Use a standard deviation such as 0.2, or 0 for clean shapes</source>
        <translation>请使用 0.2 这样的标准差，或用 0 生成无噪声的形状</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="168"/>
        <source>is a folder</source>
        <translation>是文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="169"/>
        <source>give the path of a file, e.g. runs.sqlite3</source>
        <translation>请给出文件路径，例如 runs.sqlite3</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="171"/>
        <source>choose a writable location</source>
        <translation>请选择可写的位置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="172"/>
        <source>make the file and its folder writable, or choose another file</source>
        <translation>请使文件及其文件夹可写，或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="174"/>
        <source>check the file&apos;s permissions, or choose another file</source>
        <translation>请检查文件权限，或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="176"/>
        <source>is closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="177"/>
        <source>open a new RunStore</source>
        <translation>请打开新的 RunStore</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="178"/>
        <source>delete this run, or restore the file from a backup</source>
        <translation>请删除此运行，或从备份恢复文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="180"/>
        <source>check the file&apos;s permissions and free disk space, or choose another file</source>
        <translation>请检查文件权限和磁盘剩余空间，或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="182"/>
        <source>is not an SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="183"/>
        <source>choose another file, or move this one away so a new run history can be created</source>
        <translation>请选择其他文件，或移走此文件以便新建运行历史</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="185"/>
        <source>check the file&apos;s permissions</source>
        <translation>请检查文件权限</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="186"/>
        <source>restore it from a backup, or move it away so a new run history can be created</source>
        <translation>请从备份恢复它，或移走它以便新建运行历史</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="188"/>
        <source>update Optimizer Workbench, or choose another file</source>
        <translation>请更新优化算法实验台，或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="190"/>
        <source>choose another file</source>
        <translation>请选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="191"/>
        <source>restore it from a backup, or choose another file</source>
        <translation>请从备份恢复它，或选择其他文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="202"/>
        <source>must be a whole number from {0} to {1}</source>
        <translation>必须是 {0} 到 {1} 之间的整数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="203"/>
        <source>use 10 to {0} samples, e.g. 400</source>
        <translation>请使用 10 到 {0} 个样本，例如 400</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="204"/>
        <source>use a seed from 0 to {0}</source>
        <translation>请使用 0 到 {0} 之间的随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="205"/>
        <source>train for 1 to {0} epochs</source>
        <translation>请训练 1 到 {0} 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="207"/>
        <source>use an interval of 1 to {0} epochs, e.g. 1000</source>
        <translation>请使用 1 到 {0} 轮的间隔，例如 1000</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="208"/>
        <source>must be a number in {0}</source>
        <translation>必须是 {0} 内的数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="209"/>
        <source>use one of {0}</source>
        <translation>请使用以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="210"/>
        <source>cannot be read ({0})</source>
        <translation>无法读取（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="212"/>
        <source>is not UTF-8 text (byte {0} cannot be decoded)</source>
        <translation>不是 UTF-8 文本（第 {0} 个字节无法解码）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="214"/>
        <source>is not valid JSON (line {0}, column {1}: {2})</source>
        <translation>不是有效的 JSON（第 {0} 行，第 {1} 列：{2}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="216"/>
        <source>this app reads config versions up to {0}</source>
        <translation>本应用最多能读取版本 {0} 的配置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="219"/>
        <source>start the file with {0} and name the sections</source>
        <translation>文件请以 {0} 开头，并写出各部分的名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="220"/>
        <source>use only {0}, name and version</source>
        <translation>只使用 {0}、name 和 version</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="221"/>
        <source>write the {0} settings as {1}</source>
        <translation>请把 {0} 设置写成 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="223"/>
        <source>file not found (looked for {0})</source>
        <translation>找不到文件（查找过 {0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="225"/>
        <source>Check the spelling, give an absolute path, or use a shipped set: {0}</source>
        <translation>请检查拼写、给出绝对路径，或使用自带的数据集：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="227"/>
        <source>only {0} data row(s) below the header, at least {1} are needed</source>
        <translation>表头下只有 {0} 行数据，至少需要 {1} 行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="229"/>
        <source>this row has {0} field(s) but the header has {1}</source>
        <translation>此行有 {0} 个字段，但表头有 {1} 个</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="231"/>
        <source>is not UTF-8 text (byte {0} at line {1}, byte {2})</source>
        <translation>不是 UTF-8 文本（第 {1} 行第 {2} 个字节为 {0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="233"/>
        <source>is not valid CSV ({0}) in the row starting here</source>
        <translation>从此处开始的行不是有效的 CSV（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="235"/>
        <source>the header has {0} column(s), at least 2 are needed (features and a label)</source>
        <translation>表头有 {0} 列，至少需要 2 列（特征和一个标签）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="237"/>
        <source>the column name is used twice (also column {0})</source>
        <translation>列名重复（第 {0} 列也用了它）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="239"/>
        <source>Use one of the columns {0}, or choose (last column) as the Label column</source>
        <translation>请使用以下列之一：{0}，或把标签列选为“（最后一列）”</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="242"/>
        <source>the label column {0} has {1} distinct values, more than the {2} classes allowed, so it looks like a measurement</source>
        <translation>标签列 {0} 有 {1} 个不同的值，超过允许的 {2} 个类别，看起来是测量值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="245"/>
        <source>this label is not one of the kept class names {0}</source>
        <translation>此标签不在保留的类别名称 {0} 中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="247"/>
        <source>the label column {0} contains only the class {1}, at least 2 classes are needed</source>
        <translation>标签列 {0} 只含类别 {1}，至少需要 2 个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="249"/>
        <source>the {0} set has exactly 2 classes</source>
        <translation>{0} 数据集恰好有 2 个类别</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="251"/>
        <source>n_samples must be a whole number of at least n_classes ({0})</source>
        <translation>n_samples 必须是不小于 n_classes（{0}）的整数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="252"/>
        <source>Use one of {0}</source>
        <translation>请使用以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="254"/>
        <source>cannot create its folder ({0})</source>
        <translation>无法创建其文件夹（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="256"/>
        <source>is read-only, so no run can be stored in it ({0})</source>
        <translation>是只读的，无法在其中保存运行（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="257"/>
        <source>cannot be opened for writing ({0})</source>
        <translation>无法以写入方式打开（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="258"/>
        <source>cannot be opened ({0})</source>
        <translation>无法打开（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="259"/>
        <source>is damaged (SQLite quick_check: {0})</source>
        <translation>已损坏（SQLite quick_check：{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="260"/>
        <source>is damaged or truncated ({0})</source>
        <translation>已损坏或被截断（{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="261"/>
        <source>has an invalid schema version {0}</source>
        <translation>的结构版本 {0} 无效</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="263"/>
        <source>was written by a newer Optimizer Workbench (schema version {0}; this version reads up to {1})</source>
        <translation>由更新版本的优化算法实验台写入（结构版本 {0}；此版本最多读取结构版本 {1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="266"/>
        <source>is an SQLite database of another program (tables: {0})</source>
        <translation>是其他程序的 SQLite 数据库（表：{0}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="268"/>
        <source>lacks the table {0} of schema version {1}</source>
        <translation>缺少结构版本 {1} 的表 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="270"/>
        <source>lacks the columns {0} in table {1} of schema version {2}</source>
        <translation>缺少结构版本 {2} 中表 {1} 的列 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="272"/>
        <source>has a damaged iteration record in run {0} (chunk at iteration {1} with {2} values, expected it at {3})</source>
        <translation>运行 {0} 的迭代记录已损坏（数据块从第 {1} 次迭代开始，含 {2} 个值，应从第 {3} 次迭代开始）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="275"/>
        <source>stopped recording run {0} after a failed write ({1})</source>
        <translation>写入失败后已停止记录运行 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="290"/>
        <source>name &apos;{0}&apos; is not allowed: names starting with &apos;_&apos; are rejected; use {1}.</source>
        <translation>不允许使用名称 &apos;{0}&apos;：以 &apos;_&apos; 开头的名称会被拒绝；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="293"/>
        <source>&apos;{0}&apos; is a Python keyword, and keywords are not allowed; use {1}.</source>
        <translation>&apos;{0}&apos; 是 Python 关键字，公式中不允许使用关键字；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="295"/>
        <source>string {0} is not allowed: a formula has no text values; use {1}.</source>
        <translation>不允许使用字符串 {0}：公式中没有文本值；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="297"/>
        <source>&apos;{0}&apos; is not allowed: attribute access is rejected; write decimals as 0.5 and use {1}.</source>
        <translation>不允许使用 &apos;{0}&apos;：公式不支持属性访问；小数请写成 0.5 这样的形式，并使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="300"/>
        <source>&apos;{0}&apos; is not allowed: a &apos;.&apos; outside a number is rejected; write decimals as 0.5 and use {1}.</source>
        <translation>不允许使用 &apos;{0}&apos;：&apos;.&apos; 只能出现在数字中；小数请写成 0.5 这样的形式，并使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="304"/>
        <source>&apos;{0}&apos; is not allowed: subscripts are rejected; use parentheses ( ) for grouping.</source>
        <translation>不允许使用 &apos;{0}&apos;：公式不支持下标；请用圆括号 ( ) 分组。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="307"/>
        <source>&apos;,&apos; is not allowed: every function takes exactly one argument.</source>
        <translation>不允许使用 &apos;,&apos;：每个函数只接受一个参数。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="309"/>
        <source>&apos;−&apos; (Unicode minus) is not allowed; type the ASCII &apos;-&apos; instead.</source>
        <translation>不允许使用 &apos;−&apos;（Unicode 减号）；请改为输入 ASCII 的 &apos;-&apos;。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="311"/>
        <source>character {0} is not allowed; use {1}.</source>
        <translation>不允许使用字符 {0}；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="313"/>
        <source>the formula is empty; type a function of x and y such as x**2 - y**2.</source>
        <translation>公式为空；请输入一个关于 x 和 y 的函数，例如 x**2 - y**2。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="316"/>
        <source>the formula is nested more than {0} levels deep at {1}; simplify it or remove redundant parentheses and signs.</source>
        <translation>公式在 {1} 处的嵌套超过 {0} 层；请简化公式，或删去多余的括号和正负号。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="319"/>
        <source>exponent &apos;{0}&apos; is {1}, outside the allowed range [-{2}, {3}]; use a smaller power.</source>
        <translation>指数 &apos;{0}&apos; 的值为 {1}，超出允许范围 [-{2}, {3}]；请使用更小的幂。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="322"/>
        <source>number &apos;{0}&apos; is too large for a 64-bit float; use a value below 1e308.</source>
        <translation>数字 &apos;{0}&apos; 超出 64 位浮点数的范围；请使用小于 1e308 的值。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="324"/>
        <source>empty parentheses &apos;()&apos; are not allowed; put an expression inside them.</source>
        <translation>不允许使用空括号 &apos;()&apos;；请在括号内写一个表达式。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="326"/>
        <source>&apos;{0}&apos; is not a function; write {1}*(...) to multiply.</source>
        <translation>&apos;{0}&apos; 不是函数；表示乘法请写成 {1}*(...)。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="327"/>
        <source>unknown function &apos;{0}&apos;; use {1}.</source>
        <translation>未知函数 &apos;{0}&apos;；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="328"/>
        <source>unknown name &apos;{0}&apos;; use {1}.</source>
        <translation>未知名称 &apos;{0}&apos;；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="330"/>
        <source>function &apos;{0}&apos; needs its argument in parentheses, e.g. {1}(x).</source>
        <translation>函数 &apos;{0}&apos; 的参数必须写在括号内，例如 {1}(x)。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="332"/>
        <source>&apos;(&apos; at position {0} is never closed; add &apos;)&apos;.</source>
        <translation>位置 {0} 处的 &apos;(&apos; 没有闭合；请添加 &apos;)&apos;。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="334"/>
        <source>the formula ends too early; complete the last operation.</source>
        <translation>公式提前结束；请补全最后一个运算。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="336"/>
        <source>&apos;)&apos; has no matching &apos;(&apos;; remove it or add &apos;(&apos; before.</source>
        <translation>&apos;)&apos; 没有匹配的 &apos;(&apos;；请删除它，或在它前面添加 &apos;(&apos;。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="337"/>
        <source>&apos;{0}&apos; is not expected here; use {1}.</source>
        <translation>此处不应出现 &apos;{0}&apos;；请使用{1}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="340"/>
        <source>an operator is missing before &apos;{0}&apos;; write multiplication explicitly, e.g. 2*x.</source>
        <translation>&apos;{0}&apos; 之前缺少运算符；乘法请明确写出，例如 2*x。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="342"/>
        <source>the formula must be text, not {0}.</source>
        <translation>公式必须是文本，而不是 {0}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="344"/>
        <source>the formula is {0} characters long; the limit is {1}, so shorten it.</source>
        <translation>公式长 {0} 个字符，上限为 {1} 个；请缩短公式。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="347"/>
        <source>domain = {0} is invalid: give four numbers x_min, x_max, y_min, y_max, e.g. (-2, 2, -2, 2).</source>
        <translation>定义域 = {0} 无效：请给出 x_min、x_max、y_min、y_max 四个数，例如 (-2, 2, -2, 2)。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="350"/>
        <source>domain = {0} is invalid: it needs finite bounds with x_min &lt; x_max and y_min &lt; y_max.</source>
        <translation>定义域 = {0} 无效：边界必须是有限的数，且 x_min &lt; x_max、y_min &lt; y_max。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="354"/>
        <source>{0} = {1} is invalid: it must lie in [0, 1); the course uses 0.9 for beta and beta1 and 0.999 for beta2.</source>
        <translation>{0} = {1} 无效：它必须位于 [0, 1) 内；课程中 beta 和 beta1 取 0.9，beta2 取 0.999。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="357"/>
        <source>{0} = {1} is invalid: it must be greater than 0; try 0.01 and tune it on a log scale.</source>
        <translation>{0} = {1} 无效：它必须大于 0；可先试 0.01，再按对数刻度调整。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="360"/>
        <source>{0} = {1} is invalid: it must be greater than 0; the course uses 1e-8.</source>
        <translation>{0} = {1} 无效：它必须大于 0；课程中取 1e-8。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="362"/>
        <source>optimizer = {0} is unknown; choose one of {1}.</source>
        <translation>optimizer = {0} 未知；请从 {1} 中选择。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="363"/>
        <source>path {0} ({1}): {2}</source>
        <translation>路径 {0}（{1}）：{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="366"/>
        <source>schedule = {0} is unknown; choose one of {1}.</source>
        <translation>schedule = {0} 未知；请从 {1} 中选择。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="368"/>
        <source>decay_rate = {0} is invalid: it must be 0 or greater, e.g. 1.</source>
        <translation>decay_rate = {0} 无效：它必须大于或等于 0，例如 1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="370"/>
        <source>base = {0} is invalid: it must lie in (0, 1], e.g. 0.95.</source>
        <translation>base = {0} 无效：它必须位于 (0, 1] 内，例如 0.95。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="372"/>
        <source>k = {0} is invalid: it must be greater than 0, e.g. 1.</source>
        <translation>k = {0} 无效：它必须大于 0，例如 1。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="374"/>
        <source>interval = {0} is invalid: it must be a whole number of epochs, 1 or more.</source>
        <translation>interval = {0} 无效：必须是不小于 1 的整数轮数。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="377"/>
        <source>epoch = {0} is invalid: epochs are counted from 0.</source>
        <translation>epoch = {0} 无效：轮次从 0 开始计数。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="380"/>
        <source>condition_number = {0} is invalid: it must be a number in [1, 1e6]. Try 20 for a clearly elongated bowl.</source>
        <translation>condition_number = {0} 无效：它必须是 [1, 1e6] 内的数。可试 20，得到明显狭长的碗形。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="383"/>
        <source>surface = {0} is unknown; choose one of {1}.</source>
        <translation>surface = {0} 未知；请从 {1} 中选择。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="385"/>
        <source>parameter {0} is unknown for surface {1}; it takes {2}.</source>
        <translation>曲面 {1} 没有参数 {0}；它接受的参数：{2}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="387"/>
        <source>sort key {0} is unknown; use one of {1}</source>
        <translation>排序键 {0} 未知；请使用以下之一：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="390"/>
        <source>grid spec {0}: setting {1} is unknown; use one of {2} or a dotted config field such as network.l2</source>
        <translation>网格规格 {0}：设置 {1} 未知；请使用 {2} 之一，或带点的配置字段，例如 network.l2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="393"/>
        <source>grid spec {0}: {1} {2} is not a number; {3}</source>
        <translation>网格规格 {0}：{1} {2} 不是数字；{3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="395"/>
        <source>grid spec {0}: {1} {2} must be a finite number; {3}</source>
        <translation>网格规格 {0}：{1} {2} 必须是有限的数；{3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="397"/>
        <source>grid spec {0}: a:b ranges take whole numbers, e.g. seed=0:4; for other numbers write a:b:lin:n or a:b:log:n</source>
        <translation>网格规格 {0}：a:b 范围只接受整数，例如 seed=0:4；其他数请写成 a:b:lin:n 或 a:b:log:n</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="400"/>
        <source>grid spec {0}: the range {1}:{2} is empty; write the smaller number first</source>
        <translation>网格规格 {0}：范围 {1}:{2} 为空；请把较小的数写在前面</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="402"/>
        <source>grid spec {0}: {1} values are too many; use at most {2}</source>
        <translation>网格规格 {0}：{1} 个值太多；最多使用 {2} 个</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="404"/>
        <source>grid spec {0}: the count {1} must be a whole number, e.g. 7</source>
        <translation>网格规格 {0}：个数 {1} 必须是整数，例如 7</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="406"/>
        <source>grid spec {0}: the count {1} must be between 1 and {2}</source>
        <translation>网格规格 {0}：个数 {1} 必须在 1 到 {2} 之间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="408"/>
        <source>grid spec {0}: a log scale needs positive ends, not {1} and {2}; use lin for ranges that include 0</source>
        <translation>网格规格 {0}：对数刻度的两端必须是正数，而不是 {1} 和 {2}；包含 0 的范围请使用 lin</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="411"/>
        <source>grid spec {0}: the scale {1} is unknown; use log or lin, e.g. learning_rate=1e-4:1e-1:log:7</source>
        <translation>网格规格 {0}：刻度 {1} 未知；请使用 log 或 lin，例如 learning_rate=1e-4:1e-1:log:7</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="414"/>
        <source>grid spec {0}: a range is start:stop (whole numbers) or start:stop:log:count or start:stop:lin:count; {1}</source>
        <translation>网格规格 {0}：范围写作 start:stop（整数）、start:stop:log:count 或 start:stop:lin:count；{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="417"/>
        <source>grid spec {0}: {1} takes true or false, not {2}</source>
        <translation>网格规格 {0}：{1} 只接受 true 或 false，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="419"/>
        <source>grid spec {0}: {1} takes whole numbers, not {2}</source>
        <translation>网格规格 {0}：{1} 只接受整数，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="421"/>
        <source>grid spec {0}: {1} takes numbers, not {2}</source>
        <translation>网格规格 {0}：{1} 只接受数值，而不是 {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="423"/>
        <source>grid spec {0}: {1} cannot be swept; sweep numbers, true/false or names</source>
        <translation>网格规格 {0}：{1} 不能扫描；只能扫描数值、true/false 或名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="425"/>
        <source>grid spec {0} is invalid: write NAME=VALUES, {1}</source>
        <translation>网格规格 {0} 无效：请写成 NAME=VALUES，{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="427"/>
        <source>grid spec {0} has an empty value; separate values with single commas, e.g. beta1=0.8,0.9,0.99</source>
        <translation>网格规格 {0} 含有空值；请用单个逗号分隔各值，例如 beta1=0.8,0.9,0.99</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="431"/>
        <source>grid spec {0} gives {1} more than once (whole-number settings are rounded); list each value once or use fewer log steps</source>
        <translation>网格规格 {0} 多次给出 {1}（整数设置会被取整）；每个值只列一次，或减少对数刻度的步数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="434"/>
        <source>a sweep needs at least one grid axis, {0}</source>
        <translation>扫描至少需要一个网格坐标轴，{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="436"/>
        <source>a sweep takes one or two grid axes, not {0}; run several sweeps for more settings</source>
        <translation>扫描只接受一个或两个网格坐标轴，而不是 {0} 个；要扫描更多设置，请分几次扫描</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="439"/>
        <source>grid axes {0} and {1} both set {2}; sweep each setting on one axis only</source>
        <translation>网格坐标轴 {0} 和 {1} 都设置了 {2}；每个设置只能在一个坐标轴上扫描</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="441"/>
        <source>the grid has {0} cells, more than {1}; use fewer values per axis</source>
        <translation>网格有 {0} 个单元，超过 {1} 个；请减少每个坐标轴上的值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="443"/>
        <source>max_workers = {0} is invalid; use 1 or more worker processes</source>
        <translation>max_workers = {0} 无效；请使用 1 个或更多工作进程</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="446"/>
        <source>running a sweep on a Dask cluster needs the optional dask extra; install it with pip install &quot;optimizer-workbench[dask]&quot; (or pip install &quot;dask[distributed]&quot;)</source>
        <translation>在 Dask 集群上运行扫描需要可选的 dask 附加组件；请用 pip install &quot;optimizer-workbench[dask]&quot;（或 pip install &quot;dask[distributed]&quot;）安装</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="450"/>
        <source>cannot connect to the Dask scheduler at {0} within {1} s ({2}); check the address, e.g. tcp://127.0.0.1:8786, and that the scheduler is running</source>
        <translation>无法在 {1} 秒内连接到 {0} 处的 Dask 调度器（{2}）；请检查地址（例如 tcp://127.0.0.1:8786）以及调度器是否在运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="461"/>
        <source>numbers, x, y, pi, e, + - * / ** ^, parentheses and the functions {0}</source>
        <translation>数字、x、y、pi、e、+ - * / ** ^、括号以及函数 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="463"/>
        <source>no parameters</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="465"/>
        <source>start</source>
        <translation>起始值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="466"/>
        <source>stop</source>
        <translation>终止值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="468"/>
        <source>e.g. learning_rate=1e-4:1e-1:log:7, beta1=0.8,0.9,0.99 or seed=0:4</source>
        <translation>例如 learning_rate=1e-4:1e-1:log:7、beta1=0.8,0.9,0.99 或 seed=0:4</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="523"/>
        <source>{0} = {1}: {2}; {3}</source>
        <translation>{0} = {1}：{2}；{3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="533"/>
        <source>line {0}</source>
        <translation>第 {0} 行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="535"/>
        <source>column {0} ({1})</source>
        <translation>第 {0} 列（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="538"/>
        <source>column {0}</source>
        <translation>第 {0} 列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="540"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="542"/>
        <source>{0}: </source>
        <translation>{0}：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="544"/>
        <source>value {0}: </source>
        <translation>值 {0}：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="546"/>
        <source>{0}{1}. {2}.</source>
        <translation>{0}{1}。{2}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/engine_messages.py" line="554"/>
        <source>Run history {0}: {1}. {2}.</source>
        <translation>运行历史 {0}：{1}。{2}。</translation>
    </message>
</context>
<context>
    <name>EwaExplorer</name>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="100"/>
        <source>Daily temperature (generated)</source>
        <translation>每日气温（生成）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="101"/>
        <source>Column of a CSV file</source>
        <translation>CSV 文件中的一列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="102"/>
        <source>Mini-batch costs of the latest run</source>
        <translation>最近一次运行的小批量代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="107"/>
        <source>Random seed of the generated temperatures</source>
        <translation>生成气温所用的随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="109"/>
        <source>Open CSV…</source>
        <translation>打开 CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="112"/>
        <source>Numeric column to average</source>
        <translation>要求平均的数值列</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="126"/>
        <source>Number of most recent points shown in the weight plot</source>
        <translation>权重图中显示的最近点数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="137"/>
        <source>Series and its exponentially weighted averages</source>
        <translation>序列及其指数加权平均</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="144"/>
        <source>raw series a_t</source>
        <translation>原始序列 a_t</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="145"/>
        <source>v_t without bias correction</source>
        <translation>未经偏差修正的 v_t</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="146"/>
        <source>v_t / (1 − β^t), bias-corrected</source>
        <translation>v_t / (1 − β^t)，偏差修正后</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="157"/>
        <source>Weights (1 − β)·β^k</source>
        <translation>权重 (1 − β)·β^k</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="158"/>
        <source>k, steps back from the newest point</source>
        <translation>k：距最新点的步数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="159"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="167"/>
        <source>1/(1 − β)</source>
        <translation>1/(1 − β)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="174"/>
        <source>Series:</source>
        <translation>序列：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="176"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="183"/>
        <source>β (beta):</source>
        <translation>β：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="184"/>
        <source>Effective window:</source>
        <translation>有效窗口：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="185"/>
        <source>Points in the weight plot:</source>
        <translation>权重图点数：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="249"/>
        <source>{0} has no numeric column (checked on its first data row).</source>
        <translation>{0} 没有数值列（根据第一行数据判断）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="265"/>
        <source>Column &quot;{0}&quot; is not a numeric column of the open file.</source>
        <translation>“{0}”不是已打开文件中的数值列。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="280"/>
        <source>1/(1 − β) = {0} points</source>
        <translation>1/(1 − β) = {0} 个点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="330"/>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="331"/>
        <source>temperature (°C)</source>
        <translation>气温（°C）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="333"/>
        <source>A generated year of daily temperatures: seasonal sine plus noise.</source>
        <translation>生成的一年每日气温：季节性正弦曲线加噪声。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="337"/>
        <source>row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="337"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="338"/>
        <source>Open a CSV file with a header row to average one of its columns.</source>
        <translation>打开一个带表头行的 CSV 文件，对其中一列求平均。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="349"/>
        <source>data row</source>
        <translation>数据行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="350"/>
        <source>Column &quot;{0}&quot; of {1}: {2} values.</source>
        <translation>{1} 的“{0}”列：{2} 个值。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="356"/>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="360"/>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="356"/>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="360"/>
        <source>mini-batch cost</source>
        <translation>小批量代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="357"/>
        <source>No run yet: train a network, then come back to average its mini-batch costs.</source>
        <translation>还没有运行：先训练一个网络，再回到这里对它的小批量代价求平均。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="361"/>
        <source>Mini-batch costs of the latest run: {0} iterations.</source>
        <translation>最近一次运行的小批量代价：{0} 次迭代。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="401"/>
        <source>Open a CSV file</source>
        <translation>打开 CSV 文件</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/explorers/ewa_explorer.py" line="401"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>LandscapeMap</name>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="314"/>
        <source>start</source>
        <extracomment>Grid points per axis of the coloured image. Grid points per axis used for the contour lines (coarser, as pg.isocurve is slow). The colours switch to a log scale when the median of f − min f is below this fraction of its maximum, i.e. most of the map would share the lowest colours. Margin around the domain when the view is reset, as a fraction of the domain&apos;s width and height. Maximum length of a gradient or velocity arrow, as a fraction of the domain&apos;s half-diagonal. Diameter of the start marker, in pixels. Gap between the start marker&apos;s edge and its label, in pixels. Sides of the start marker where its label may go, in order of preference, as screen directions (x to the right, y downwards): right, above, left, below. A side is clear when its label keeps this many pixels from the centre of every marked critical point. Closer, the label reads as that point&apos;s label.</extracomment>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="350"/>
        <source>log₁₀(f − min f)</source>
        <translation>log₁₀(f − min f)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="352"/>
        <source>f(x, y)</source>
        <translation>f(x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="383"/>
        <source>minimum</source>
        <translation>极小值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="384"/>
        <source>saddle point</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="385"/>
        <source>maximum</source>
        <translation>极大值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/map_plot.py" line="392"/>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
</context>
<context>
    <name>LandscapeView</name>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="114"/>
        <source>Play</source>
        <extracomment>Time budget for race.step calls within one timer tick. Drawing takes extra time. The race pauses at this step count. Ten paths keep points, costs and gradients in buffers of 32768 steps then, about 13 MB. Tolerance and saddle radius of the summary, as fractions of the domain&apos;s half-diagonal. The saddle radius is at least this many times the start&apos;s distance to the nearest saddle. Initial widths of the map and the controls column, as a ratio. 9 : 8 keeps the map the wider of the two and, in a 1400 pixel wide window, leaves the controls column room for every optimizer table column in English and Chinese with the course presets. Only the ratio of the initial sizes matters; large numbers keep it exact after scaling.</extracomment>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="115"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="116"/>
        <source>Single step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="117"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="118"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="119"/>
        <source>Zoom and pan back to the whole surface</source>
        <translation>缩放并平移回整个曲面</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="124"/>
        <source>Steps per frame, at about 30 frames per second</source>
        <translation>每帧的步数（约每秒 30 帧）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="130"/>
        <source>Standard deviation of the Gaussian noise added to each gradient component; 0 gives exact gradients</source>
        <translation>加到每个梯度分量上的高斯噪声的标准差；0 表示精确梯度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="133"/>
        <source>Random seed of the gradient noise</source>
        <translation>梯度噪声的随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="137"/>
        <source>Steps between two learning-rate decays</source>
        <translation>相邻两次学习率衰减之间的步数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="139"/>
        <source>Arrows −∇f (dashed)</source>
        <translation>箭头 −∇f（虚线）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="140"/>
        <source>Steepest-descent direction at each current point</source>
        <translation>各当前点处的最速下降方向</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="141"/>
        <source>Arrows −V (solid)</source>
        <translation>箭头 −V（实线）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="142"/>
        <source>Momentum and Adam: the direction of the velocity step −α·V</source>
        <translation>动量和 Adam：速度步 −α·V 的方向</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="144"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="145"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="146"/>
        <source>Paths CSV…</source>
        <translation>路径 CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="176"/>
        <source>Steps per frame:</source>
        <translation>每帧步数：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="178"/>
        <source>Gradient noise:</source>
        <translation>梯度噪声：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="180"/>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="182"/>
        <source>Steps per epoch:</source>
        <translation>每轮步数：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="506"/>
        <source>The start ({0}, {1}) lay outside the domain, so it was moved to ({2}, {3}).</source>
        <translation>起点 ({0}, {1}) 超出定义域，已移到 ({2}, {3})。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="169"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="192"/>
        <source>Race</source>
        <translation>竞速</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="195"/>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="199"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="302"/>
        <location filename="../../workbench/gui/landscape/view.py" line="418"/>
        <source>Add an optimizer (or Course presets) to start a race.</source>
        <translation>添加优化器（或点击“课程预设”）即可开始竞速。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="467"/>
        <source>Step {0}. {1} of {2} paths diverged.</source>
        <translation>第 {0} 步。{2} 条路径中有 {1} 条发散。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="469"/>
        <source>The race stops at {0} steps; press Reset to run again.</source>
        <translation>竞速在第 {0} 步停止；按“重置”可重新开始。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="568"/>
        <source>Export to {0} failed: {1}</source>
        <translation>导出到 {0} 失败：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="570"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="573"/>
        <source>Export the map as PNG</source>
        <translation>将等高线图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="573"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="576"/>
        <source>Export the map as SVG</source>
        <translation>将等高线图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="576"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="579"/>
        <source>Export the paths as CSV</source>
        <translation>将路径导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/view.py" line="579"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <location filename="../../workbench/gui/lazy_view.py" line="83"/>
        <source>This view could not be built: {0}: {1}</source>
        <translation>无法创建此视图：{0}: {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="106"/>
        <source>Optimizer Workbench</source>
        <extracomment>Minimum time between two plot refreshes during a run (about 30 per second). Maximum time between two plot refreshes, however slow painting is. The refresh interval is at least this many times what one refresh and its painting cost. Delay between the last data-setting edit and loading the data set for the preview. Width of exported PNG images, in pixels. Suffix given to a chosen run database file name that has none.</extracomment>
        <translation>优化算法实验台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="141"/>
        <source>Training</source>
        <extracomment>The newest message box the window opened (errors, notes); tests read and close it. The runner of &quot;Compare optimizers&quot; and &quot;Compare decay&quot;, created on the first comparison.</extracomment>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="142"/>
        <source>Landscape</source>
        <translation>代价曲面</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="143"/>
        <source>EWA explorer</source>
        <translation>指数加权平均</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="144"/>
        <source>Decay explorer</source>
        <translation>学习率衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="145"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="146"/>
        <source>Sweep</source>
        <translation>超参数扫描</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="149"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="160"/>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="190"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="192"/>
        <source>Reset every setting to the defaults (moons with Adam)</source>
        <translation>将所有设置恢复为默认值（月牙形数据集，Adam）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="193"/>
        <source>&amp;Open experiment…</source>
        <translation>打开实验(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="195"/>
        <source>&amp;Save experiment…</source>
        <translation>保存实验(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="197"/>
        <source>Export metrics &amp;CSV…</source>
        <translation>导出指标 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="198"/>
        <source>Write the last run&apos;s per-epoch and per-iteration metrics</source>
        <translation>写出最近一次运行每轮和每次迭代的指标</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="199"/>
        <source>Export plots as &amp;PNG…</source>
        <translation>将图表导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="200"/>
        <source>Export plots as S&amp;VG…</source>
        <translation>将图表导出为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="201"/>
        <source>Choose run &amp;database…</source>
        <translation>选择运行数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="202"/>
        <source>Choose the file that stores the run history; a new file is created when it does not exist</source>
        <translation>选择保存运行历史的文件；文件不存在时会新建</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="204"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="208"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="210"/>
        <location filename="../../workbench/gui/main_window.py" line="718"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="212"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="214"/>
        <source>Compare &amp;optimizers</source>
        <translation>比较优化器(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="216"/>
        <source>Train the current settings with GD, momentum, RMSprop and Adam and overlay the four runs</source>
        <translation>用当前设置分别以 GD、动量、RMSprop 和 Adam 训练，并叠加显示这四个运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="217"/>
        <source>Compare &amp;decay schedules</source>
        <translation>比较学习率调度(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="219"/>
        <source>Train the current settings with Adam and four learning-rate schedules and overlay the runs</source>
        <translation>用当前设置以 Adam 和四种学习率调度训练，并叠加显示这些运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="220"/>
        <source>&amp;Cancel comparison</source>
        <translation>取消比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="234"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="235"/>
        <source>&amp;Landscape</source>
        <translation>代价曲面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="236"/>
        <source>&amp;EWA explorer</source>
        <translation>指数加权平均(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="237"/>
        <source>&amp;Decay explorer</source>
        <translation>学习率衰减(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="238"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="239"/>
        <source>&amp;Sweep</source>
        <translation>超参数扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="260"/>
        <source>&amp;About Optimizer Workbench</source>
        <translation>关于优化算法实验台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="265"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="278"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="282"/>
        <source>Pa&amp;ce</source>
        <translation>限速(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="291"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="296"/>
        <source>&amp;Parameters</source>
        <translation>参数(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="299"/>
        <source>&amp;Run history</source>
        <translation>运行历史(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="303"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="307"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="311"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="319"/>
        <source>Mini-batch iterations per second a training run may make, so the plots can be watched as they change. The pace never changes the numbers a run computes.</source>
        <translation>训练运行每秒最多进行的小批量迭代次数，便于观察图表的变化。限速不会改变运行计算出的任何数值。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="321"/>
        <source>Pace</source>
        <translation>限速</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="339"/>
        <source>As fast as possible</source>
        <translation>不限速</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="340"/>
        <source>{0} iterations/s</source>
        <translation>{0} 次迭代/秒</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="560"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="808"/>
        <source>Diverged after {0} iterations: the cost is no longer finite or exploded. Use a smaller learning rate than {1:g}, e.g. {2:g}.</source>
        <translation>在第 {0} 次迭代后发散：代价变为非有限值或急剧增大。请使用比 {1:g} 更小的学习率，例如 {2:g}。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="813"/>
        <source>Stopped after {0} iterations ({1} complete epochs).</source>
        <translation>已在 {0} 次迭代后停止（完成 {1} 轮）。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="556"/>
        <location filename="../../workbench/gui/main_window.py" line="636"/>
        <location filename="../../workbench/gui/main_window.py" line="712"/>
        <source>Cannot start: {0}</source>
        <extracomment>The training run&apos;s counters, shown only while the Training tab is current.</extracomment>
        <translation>无法开始：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="558"/>
        <location filename="../../workbench/gui/main_window.py" line="650"/>
        <location filename="../../workbench/gui/main_window.py" line="714"/>
        <source>Loading the data set…</source>
        <translation>正在加载数据集…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="693"/>
        <location filename="../../workbench/gui/main_window.py" line="734"/>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="696"/>
        <location filename="../../workbench/gui/main_window.py" line="734"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="703"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="716"/>
        <source>Start training (F5)</source>
        <translation>开始训练（F5）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="718"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="774"/>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="775"/>
        <source>Iteration {0}</source>
        <translation>第 {0} 次迭代</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="776"/>
        <source>Cost {0}</source>
        <translation>代价 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="778"/>
        <source>{0} it/s</source>
        <translation>{0} 次迭代/秒</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="803"/>
        <source>Finished: {0} epochs, {1} iterations in {2:.1f} s</source>
        <translation>已完成：{0} 轮，{1} 次迭代，耗时 {2:.1f} 秒</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="819"/>
        <source>Training could not run: {0}</source>
        <translation>训练无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="846"/>
        <source>Run history unavailable</source>
        <translation>运行历史不可用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="847"/>
        <source>{0}

Training still works, but runs are not stored. Choose another file with File &gt; Choose run database….</source>
        <translation>{0}

仍然可以训练，但运行不会被保存。请通过“文件 &gt; 选择运行数据库…”选择其他文件。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="864"/>
        <source>Cannot open run database</source>
        <translation>无法打开运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="865"/>
        <source>The current run database stays in use.

{0}</source>
        <translation>继续使用当前的运行数据库。

{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="873"/>
        <location filename="../../workbench/gui/main_window.py" line="908"/>
        <source>Storing runs in {0}</source>
        <translation>运行保存在 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="892"/>
        <source>Choose run database</source>
        <translation>选择运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="893"/>
        <source>Run databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>运行数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="912"/>
        <source>Stop the run first; the settings cannot change while it trains.</source>
        <translation>请先停止运行；训练期间不能更改设置。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="917"/>
        <source>Opened the settings of the selected run</source>
        <translation>已打开所选运行的设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="921"/>
        <source>Stop the run first; only one run trains at a time.</source>
        <translation>请先停止运行；同一时间只能训练一个运行。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="939"/>
        <source>Cannot open the run&apos;s settings</source>
        <translation>无法打开该运行的设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="940"/>
        <source>The selected run&apos;s settings are not valid in this version, and the current settings are unchanged.

{0}</source>
        <translation>所选运行的设置在此版本中无效，当前设置保持不变。

{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="976"/>
        <source>Cannot compare: {0}</source>
        <translation>无法比较：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1018"/>
        <source>Comparison cancelled; {0} run(s) stored</source>
        <translation>比较已取消；已保存 {0} 个运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1020"/>
        <source>Comparison finished; {0} runs stored</source>
        <translation>比较已完成；已保存 {0} 个运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1035"/>
        <source>The comparison could not run: {0}</source>
        <translation>比较无法运行：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1037"/>
        <source>Cannot compare</source>
        <translation>无法比较</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1068"/>
        <source>Cannot open experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1069"/>
        <source>{0} could not be opened, and the current settings are unchanged.

{1}</source>
        <translation>无法打开 {0}，当前设置保持不变。

{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1075"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1081"/>
        <location filename="../../workbench/gui/main_window.py" line="1088"/>
        <source>Cannot save experiment</source>
        <translation>无法保存实验</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1082"/>
        <source>Fix the invalid setting first: {0}</source>
        <translation>请先修正无效的设置：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1089"/>
        <location filename="../../workbench/gui/main_window.py" line="1116"/>
        <location filename="../../workbench/gui/main_window.py" line="1135"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1093"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1103"/>
        <source>No metrics yet</source>
        <translation>还没有指标</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1104"/>
        <source>Run a training first; its metrics can be exported when it ends.</source>
        <translation>请先运行一次训练，训练结束后即可导出其指标。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1115"/>
        <source>Cannot export metrics</source>
        <translation>无法导出指标</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1120"/>
        <source>Exported {0} and {1}</source>
        <translation>已导出 {0} 和 {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1134"/>
        <source>Cannot export plots</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1139"/>
        <source>Exported {0}</source>
        <translation>已导出 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1152"/>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1153"/>
        <source>Experiments (*.json);;All files (*)</source>
        <translation>实验文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1158"/>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1160"/>
        <source>Experiments (*.json)</source>
        <translation>实验文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1165"/>
        <source>Export metrics CSV</source>
        <translation>导出指标 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1167"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1172"/>
        <source>Export plots as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1174"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1179"/>
        <source>Export plots as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1181"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1198"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1199"/>
        <source>The interface will use {0} the next time you start Optimizer Workbench.</source>
        <translation>下次启动优化算法实验台时，界面将使用“{0}”。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1205"/>
        <source>About Optimizer Workbench</source>
        <translation>关于优化算法实验台</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/main_window.py" line="1206"/>
        <source>Optimizer Workbench {0}

Train small networks live with gradient descent, momentum, RMSprop and Adam, and compare how they move.</source>
        <translation>优化算法实验台 {0}

用梯度下降、动量、RMSprop 和 Adam 实时训练小型网络，并比较它们的收敛过程。</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="34"/>
        <source>&quot;{0}&quot; is not a whole number of units (1 or more)</source>
        <translation>“{0}”不是有效的单元数（应为不小于 1 的整数）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="36"/>
        <source>list the units per hidden layer, e.g. 16, 8, or leave it empty for logistic regression</source>
        <translation>请列出每个隐藏层的单元数，如 16, 8；留空则为逻辑回归</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="56"/>
        <source>e.g. 16, 8 (empty: logistic regression)</source>
        <translation>如 16, 8（留空：逻辑回归）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="57"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="58"/>
        <source>Units per hidden layer, separated by commas; input and output sizes follow the data</source>
        <translation>每个隐藏层的单元数，用逗号分隔；输入层和输出层的大小由数据决定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="62"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="63"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="64"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="65"/>
        <source>Sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="69"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="70"/>
        <source>Activation of the hidden layers; the output layer uses sigmoid or softmax</source>
        <translation>隐藏层的激活函数；输出层使用 sigmoid 或 softmax</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="74"/>
        <source>He (for ReLU)</source>
        <translation>He（适用于 ReLU）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="75"/>
        <source>Xavier (for tanh, sigmoid)</source>
        <translation>Xavier（适用于 tanh、sigmoid）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="79"/>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="80"/>
        <source>Scale of the random initial weights</source>
        <translation>随机初始权重的尺度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="83"/>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="84"/>
        <source>Strength λ of the L2 penalty (λ / 2m)·Σ‖W‖²; 0 turns it off</source>
        <translation>L2 惩罚项 (λ / 2m)·Σ‖W‖² 的强度 λ；0 表示不使用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="88"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/network_panel.py" line="88"/>
        <source>Seeds the weight initialization</source>
        <translation>权重初始化所用的随机种子</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="35"/>
        <source>Gradient descent</source>
        <extracomment>The hyperparameter fields of OptimizerConfig that only some optimizers use.</extracomment>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="36"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="37"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="38"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="42"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="45"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="46"/>
        <source>Step size α0 before any decay; tune it on a log scale (0.1, 0.01, 0.001)</source>
        <translation>衰减前的步长 α0；按对数刻度调节（0.1、0.01、0.001）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="49"/>
        <source>Momentum β</source>
        <translation>动量 β</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="50"/>
        <source>Weight of the past gradients in the velocity V; 0.9 averages about 10 steps</source>
        <translation>过去梯度在速度 V 中的权重；0.9 约等于平均最近 10 步</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="53"/>
        <source>β1 (first moment)</source>
        <translation>β1（一阶矩）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="54"/>
        <source>Decay of the gradient average V in Adam, usually 0.9</source>
        <translation>Adam 中梯度平均值 V 的衰减系数，通常取 0.9</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="57"/>
        <source>β2 (second moment)</source>
        <translation>β2（二阶矩）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="58"/>
        <source>Decay of the squared-gradient average S, usually 0.999</source>
        <translation>梯度平方平均值 S 的衰减系数，通常取 0.999</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="61"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="62"/>
        <source>Added to √S in the denominator so it is never 0, usually 1e-8</source>
        <translation>加到分母中的 √S 上，使分母不为 0，通常取 1e-8</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="64"/>
        <source>Divide V and S by (1 − βᵗ)</source>
        <translation>将 V 和 S 除以 (1 − βᵗ)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="65"/>
        <source>Bias correction</source>
        <translation>偏差修正</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="66"/>
        <source>Undo the pull toward 0 of the first steps&apos; averages</source>
        <translation>消除最初几步的平均值偏向 0 的影响</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="68"/>
        <source>Course defaults</source>
        <translation>课程默认值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/optimizer_panel.py" line="70"/>
        <source>Set the shown hyperparameters to the course&apos;s values (α is kept)</source>
        <translation>将显示的超参数设为课程中的取值（α 不变）</translation>
    </message>
</context>
<context>
    <name>OptimizerTable</name>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="160"/>
        <source>Show</source>
        <extracomment>Hyperparameter columns each optimizer uses, besides α. The Schedule field that the single &quot;decay&quot; cell sets, per schedule. Columns that give up width, down to their header&apos;s width, when the columns do not fit the table. The decay combo box is not among them: its short entries (&quot;none&quot;, &quot;exp&quot;) would shrink to one letter.</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="160"/>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="160"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="160"/>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="160"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="161"/>
        <source>β1</source>
        <translation>β1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="161"/>
        <source>β2</source>
        <translation>β2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="161"/>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="161"/>
        <source>Decay</source>
        <translation>衰减</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="161"/>
        <source>Corr.</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="162"/>
        <source>Rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="162"/>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="162"/>
        <source>Message</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="165"/>
        <source>Colour of the path; click to change it</source>
        <translation>路径颜色，点击可更改</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="166"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="167"/>
        <source>Momentum: β of V ← β·V + (1 − β)·∇f</source>
        <translation>动量：V ← β·V + (1 − β)·∇f 中的 β</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="168"/>
        <source>Adam: β1 of the first moment V</source>
        <translation>Adam：一阶矩 V 的 β1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="169"/>
        <source>RMSprop and Adam: β2 of the second moment S</source>
        <translation>RMSprop 和 Adam：二阶矩 S 的 β2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="170"/>
        <source>RMSprop and Adam: ε added to √S</source>
        <translation>RMSprop 和 Adam：加到 √S 上的 ε</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="171"/>
        <source>Adam&apos;s bias correction: divide V and S by (1 − β^t)</source>
        <translation>Adam 的偏差修正：将 V 和 S 除以 (1 − β^t)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="172"/>
        <source>Learning-rate decay, applied once per epoch of steps</source>
        <translation>学习率衰减，每轮（若干步）应用一次</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="173"/>
        <source>Inverse time and stepwise: decay rate d. Exponential: base. Inverse square root: k.</source>
        <translation>反比例衰减和阶梯衰减：衰减率 d。指数衰减：底数。反平方根衰减：k。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="174"/>
        <source>Stepwise: epochs between two decay steps</source>
        <translation>阶梯衰减：相邻两次下降之间的轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="195"/>
        <source>Add optimizer</source>
        <translation>添加优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="196"/>
        <source>Remove selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="197"/>
        <source>Course presets</source>
        <translation>课程预设</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="199"/>
        <source>Add GD, momentum, RMSprop and Adam with the course&apos;s β, β1, β2 and ε, and α = {0}</source>
        <translation>添加 GD、动量、RMSprop 和 Adam，使用课程中的 β、β1、β2 和 ε，α = {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="236"/>
        <source>GD</source>
        <translation>GD</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="237"/>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="238"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="239"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="245"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="246"/>
        <source>1/t</source>
        <translation>反比例</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="247"/>
        <source>exp</source>
        <translation>指数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="248"/>
        <source>1/√t</source>
        <translation>反平方根</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="249"/>
        <source>step</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="255"/>
        <source>Constant: α = α0</source>
        <translation>常数：α = α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="256"/>
        <source>Inverse time decay: α0 / (1 + d·e)</source>
        <translation>反比例衰减：α0 / (1 + d·e)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="257"/>
        <source>Exponential decay: base^e · α0</source>
        <translation>指数衰减：底数^e · α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="258"/>
        <source>Inverse square root decay: k·α0 / √(e + 1)</source>
        <translation>反平方根衰减：k·α0 / √(e + 1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="259"/>
        <source>Stepwise decay: α0 / (1 + d·⌊e / interval⌋)</source>
        <translation>阶梯衰减：α0 / (1 + d·⌊e / 间隔⌋)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="360"/>
        <source>Row {0} ({1}) is left out: {2}</source>
        <translation>第 {0} 行（{1}）未参加：{2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="465"/>
        <source>Change the colour of this path</source>
        <translation>更改这条路径的颜色</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="566"/>
        <source>{0} = &quot;{1}&quot; is not a number. Type a decimal such as 0.01 or 1e-8.</source>
        <translation>{0} = &quot;{1}&quot; 不是数字。请输入小数，如 0.01 或 1e-8。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="569"/>
        <source>{0} = {1} is invalid: it must be a finite number.</source>
        <translation>{0} = {1} 无效：必须是有限的数。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="594"/>
        <source>interval = {0} is invalid: it must be a whole number of epochs, 1 or more.</source>
        <translation>interval = {0} 无效：必须是不小于 1 的整数轮数。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/optimizer_table.py" line="668"/>
        <source>Path colour</source>
        <translation>路径颜色</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/parameter_panel.py" line="83"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/parameter_panel.py" line="83"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/parameter_panel.py" line="83"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/parameter_panel.py" line="83"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/parameter_panel.py" line="84"/>
        <source>Learning-rate decay</source>
        <translation>学习率衰减</translation>
    </message>
</context>
<context>
    <name>PlotExport</name>
    <message>
        <location filename="../../workbench/gui/svg_export.py" line="143"/>
        <source>no file was written to {0}; check that the folder exists and is writable</source>
        <translation>没有文件写入 {0}；请检查文件夹是否存在且可写</translation>
    </message>
</context>
<context>
    <name>RunComparisonView</name>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="171"/>
        <source>No runs selected.

Select one or more runs in the run history (View &gt; Run history) to overlay their cost, accuracy and learning-rate curves here.</source>
        <extracomment>Default β of the mini-batch cost smoothing; 0.98 averages about the last 50 mini-batches. Width of exported PNG images, in pixels. Number of legend columns under the plots. Plot keys, in the order of :meth:`RunComparisonView.plot_items`. Emitted after the shown runs change, with their ids. The newest message box the view opened; tests read and close it.</extracomment>
        <translation>未选择运行。

在运行历史（视图 &gt; 运行历史）中选择一个或多个运行，即可在此叠加显示它们的代价、准确率和学习率曲线。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="190"/>
        <source>Smoothing β:</source>
        <translation>平滑 β：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="191"/>
        <source>β of the bias-corrected exponentially weighted average of the mini-batch cost; 0.98 averages about the last 50 mini-batches</source>
        <translation>小批量代价的偏差修正指数加权平均所用的 β；0.98 约等于平均最近 50 个小批量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="204"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="205"/>
        <source>All shown runs in one CSV file, one value per row (run, epoch, iteration, metric, value)</source>
        <translation>将显示的所有运行写入一个 CSV 文件，每行一个值（run、epoch、iteration、metric、value）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="207"/>
        <source>Export each run…</source>
        <translation>逐个导出运行…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="208"/>
        <source>One CSV file per run, in a folder you choose</source>
        <translation>每个运行一个 CSV 文件，保存到你选择的文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="209"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="210"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="222"/>
        <source>Cost per epoch (solid: training, dashed: validation)</source>
        <translation>每轮代价（实线：训练集，虚线：验证集）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="223"/>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="231"/>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="234"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="223"/>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="226"/>
        <source>Cost (cross-entropy, nats)</source>
        <translation>代价（交叉熵，nat）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="225"/>
        <source>Smoothed mini-batch cost</source>
        <translation>平滑后的小批量代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="226"/>
        <source>Iteration (mini-batch updates)</source>
        <translation>迭代（小批量更新次数）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="230"/>
        <source>Accuracy per epoch (solid: training, dashed: validation)</source>
        <translation>每轮准确率（实线：训练集，虚线：验证集）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="231"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="234"/>
        <source>Learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="235"/>
        <source>Learning rate α</source>
        <translation>学习率 α</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="267"/>
        <source>Cannot show runs</source>
        <translation>无法显示运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="268"/>
        <source>The runs could not be loaded: {0}</source>
        <translation>无法加载这些运行：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="299"/>
        <source>run {0}</source>
        <translation>运行 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="303"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="356"/>
        <source>Select runs in the runs panel to overlay their curves.</source>
        <translation>在运行面板中选择运行，即可叠加显示它们的曲线。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="358"/>
        <source>Showing one run. Select two or more runs to see which settings differ.</source>
        <translation>正在显示一个运行。选择两个或更多运行可查看哪些设置不同。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="362"/>
        <source>Differences: {0}</source>
        <translation>差异：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="364"/>
        <source>The {0} runs have the same settings.</source>
        <translation>这 {0} 个运行的设置相同。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="411"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="412"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="424"/>
        <source>Export runs as CSV</source>
        <translation>将运行导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="424"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="429"/>
        <source>Folder for the run CSV files</source>
        <translation>存放运行 CSV 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="435"/>
        <source>Export plots as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="435"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="440"/>
        <source>Export plots as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/comparison_view.py" line="440"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="74"/>
        <source>running</source>
        <extracomment>The role under which every cell returns its row&apos;s run id. Column keys in display order.</extracomment>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="75"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="76"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="77"/>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="78"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="79"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="80"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>RunTableModel</name>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="151"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="151"/>
        <source>The run&apos;s name; double-click to rename it</source>
        <translation>运行名称，双击可重命名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="152"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="152"/>
        <source>How the run ended; hover a cell for the reason</source>
        <translation>运行的结束方式；鼠标悬停在单元格上可查看原因</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="153"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="153"/>
        <source>The generated set, or the CSV file&apos;s name</source>
        <translation>生成的数据集，或 CSV 文件名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="154"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="154"/>
        <source>gd, momentum, rmsprop or adam</source>
        <translation>gd、momentum、rmsprop 或 adam</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="155"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="155"/>
        <source>α0, the learning rate before any decay</source>
        <translation>α0：衰减前的学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="156"/>
        <source>Schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="156"/>
        <source>Learning-rate decay and its settings</source>
        <translation>学习率衰减方式及其设置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="157"/>
        <source>Mini-batch</source>
        <translation>小批量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="157"/>
        <source>Mini-batch size as requested</source>
        <translation>设定的小批量大小</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="158"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="158"/>
        <source>Epochs finished / epochs planned</source>
        <translation>已完成轮数 / 计划轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="159"/>
        <source>Train cost</source>
        <translation>训练代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="159"/>
        <source>Training cost after the last finished epoch</source>
        <translation>最后一个完成轮次后的训练代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="160"/>
        <source>Validation cost</source>
        <translation>验证代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="161"/>
        <source>Validation cost after the last finished epoch</source>
        <translation>最后一个完成轮次后的验证代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="162"/>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="163"/>
        <source>Training accuracy after the last finished epoch</source>
        <translation>最后一个完成轮次后的训练准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="164"/>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="165"/>
        <source>Validation accuracy after the last finished epoch</source>
        <translation>最后一个完成轮次后的验证准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="166"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="166"/>
        <source>Start time in your time zone</source>
        <translation>开始时间（本地时区）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="167"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="167"/>
        <source>Labels for grouping and filtering runs</source>
        <translation>用于分组和筛选运行的标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="215"/>
        <source>Run {0} could not be renamed: {1}</source>
        <translation>无法重命名运行 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="227"/>
        <source>run {0}</source>
        <translation>运行 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="239"/>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/run_table.py" line="277"/>
        <source>Run {0}. Double-click to rename.</source>
        <translation>运行 {0}。双击可重命名。</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="79"/>
        <source>Open run database…</source>
        <extracomment>Suffix given to a new database file when the user types a name without one. Widest the name column becomes when the columns are fitted to their contents, in pixels. The newest message box the panel opened (errors, delete confirmations); tests read and close it.</extracomment>
        <translation>打开运行数据库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="80"/>
        <source>Show the runs stored in another run database file</source>
        <translation>显示另一个运行数据库文件中保存的运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="81"/>
        <source>New run database…</source>
        <translation>新建运行数据库…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="82"/>
        <source>Create an empty run database file and store new runs there</source>
        <translation>新建一个空的运行数据库文件，之后的运行都保存到其中</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="83"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="85"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="87"/>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="88"/>
        <source>Set the tags of one run, or add a tag to every selected run</source>
        <translation>设置单个运行的标签，或为所有选中的运行添加一个标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="89"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="91"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="93"/>
        <source>Open config</source>
        <translation>打开配置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="94"/>
        <source>Open the run&apos;s config in the parameter panels</source>
        <translation>在参数面板中打开该运行的配置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="95"/>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="96"/>
        <source>Train a new run with this run&apos;s config</source>
        <translation>用该运行的配置训练一个新运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="127"/>
        <source>Filter by name, optimizer, data set, status or tag</source>
        <translation>按名称、优化器、数据集、状态或标签筛选</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="131"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="136"/>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="310"/>
        <source>All tags</source>
        <translation>所有标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="211"/>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="215"/>
        <source>Cannot open run database</source>
        <translation>无法打开运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="212"/>
        <source>{0} does not exist. Choose an existing run database, or use “New run database…” to create one.</source>
        <translation>{0} 不存在。请选择已有的运行数据库，或用“新建运行数据库…”创建一个。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="223"/>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="227"/>
        <source>Cannot create run database</source>
        <translation>无法创建运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="224"/>
        <source>{0} already exists and was left unchanged. Choose a new file name, or use “Open run database…” to show its runs.</source>
        <translation>{0} 已存在，未做任何更改。请换一个文件名，或用“打开运行数据库…”查看其中的运行。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="234"/>
        <source>The current run database stays open.

{0}</source>
        <translation>当前的运行数据库保持打开。

{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="239"/>
        <source>Opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="252"/>
        <source>Database: {0}</source>
        <translation>数据库：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="278"/>
        <source>Cannot read run database</source>
        <translation>无法读取运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="378"/>
        <source>Cannot set tags</source>
        <translation>无法设置标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="390"/>
        <source>Cannot add tag</source>
        <translation>无法添加标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="410"/>
        <source>Delete runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="411"/>
        <source>Delete {0} runs? Undo delete brings them back.</source>
        <translation>要删除 {0} 个运行吗？之后可用“撤销删除”恢复。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="428"/>
        <source>Cannot delete runs</source>
        <translation>无法删除运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="433"/>
        <source>Deleted {0} run(s). Undo delete restores them.</source>
        <translation>已删除 {0} 个运行。可用“撤销删除”恢复。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="445"/>
        <source>Cannot undo delete</source>
        <translation>无法撤销删除</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="450"/>
        <source>Restored {0} run(s).</source>
        <translation>已恢复 {0} 个运行。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="467"/>
        <source>Cannot read the run&apos;s config</source>
        <translation>无法读取该运行的配置</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="515"/>
        <source>Cannot rename run</source>
        <translation>无法重命名运行</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="539"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="540"/>
        <source>Tags of this run, separated by commas:</source>
        <translation>该运行的标签，用逗号分隔：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="546"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="547"/>
        <source>Tag to add to the {0} selected runs:</source>
        <translation>要添加到 {0} 个选中运行的标签：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="566"/>
        <source>Open run database</source>
        <translation>打开运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="567"/>
        <source>Run databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>运行数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="574"/>
        <source>New run database</source>
        <translation>新建运行数据库</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/runs_panel.py" line="576"/>
        <source>Run databases (*.sqlite3)</source>
        <translation>运行数据库 (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>SchedulePanel</name>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="36"/>
        <source>Constant: α = α0</source>
        <extracomment>Schedule parameters each schedule uses, by ScheduleConfig field name. Most epochs the preview evaluates; longer runs are previewed on a subsample of epochs.</extracomment>
        <translation>常数：α = α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="37"/>
        <source>Inverse time: α0 / (1 + decay · epoch)</source>
        <translation>反比例：α0 / (1 + 衰减率 · 轮次)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="38"/>
        <source>Exponential: base^epoch · α0</source>
        <translation>指数：底数^轮次 · α0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="39"/>
        <source>Inverse square root: k · α0 / √(epoch + 1)</source>
        <translation>反平方根：k · α0 / √(轮次 + 1)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="40"/>
        <source>Stepwise: α0 / (1 + decay · ⌊epoch / interval⌋)</source>
        <translation>阶梯：α0 / (1 + 衰减率 · ⌊轮次/间隔⌋)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="44"/>
        <source>Schedule</source>
        <translation>调度方式</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="45"/>
        <source>How α decays; the epoch is counted from 0, and the first epoch always uses α0 (k·α0 for the square-root schedule)</source>
        <translation>α 的衰减方式；轮次从 0 开始计数，第一轮总是使用 α0（反平方根衰减为 k·α0）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="49"/>
        <source>Decay rate</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="50"/>
        <source>The decay in α0 / (1 + decay · …); 0 keeps α constant</source>
        <translation>α0 / (1 + 衰减率 · …) 中的衰减率；0 表示 α 保持不变</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="53"/>
        <source>Base</source>
        <translation>底数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="54"/>
        <source>Factor applied to α once per epoch, in (0, 1], e.g. 0.95</source>
        <translation>每轮乘到 α 上的因子，取值范围 (0, 1]，如 0.95</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="57"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="57"/>
        <source>Scale k in k · α0 / √(epoch + 1)</source>
        <translation>k · α0 / √(轮次 + 1) 中的缩放系数 k</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="61"/>
        <source>Interval (epochs)</source>
        <translation>间隔（轮）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="62"/>
        <source>Epochs between two decay steps</source>
        <translation>相邻两次衰减之间的轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="72"/>
        <source>α over the epochs</source>
        <translation>α 随轮次的变化</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="72"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/schedule_panel.py" line="72"/>
        <source>α</source>
        <translation>α</translation>
    </message>
</context>
<context>
    <name>StepPlots</name>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="50"/>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="55"/>
        <source>step</source>
        <extracomment>Title size of the two plots; pyqtgraph&apos;s larger default cut titles off when the tab is about 960 px wide. Minimum number of steps the step axis spans, so a race that has not started or stopped after a step or two shows whole step numbers from 0 instead of pyqtgraph&apos;s range around a single point. Smallest span of a linear y axis, as a fraction of the largest absolute value shown. pyqtgraph 0.14 labels ticks with six significant digits, so a span of 1 around a cost of 3.8e6 showed one number four times. MIN_ABSOLUTE_SPAN applies when every value is 0. Smallest span of the log cost axis, in decades.</extracomment>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="65"/>
        <source>Logarithmic cost axis</source>
        <translation>代价轴用对数刻度</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="67"/>
        <source>Plots f − f* on a log axis, where f* is the cost at the lowest marked minimum. Without a marked minimum, f itself is plotted and steps with f ≤ 0 are left out.</source>
        <translation>在对数轴上绘制 f − f*，其中 f* 是最低的标记极小值处的代价。没有标记极小值时直接绘制 f，并略去 f ≤ 0 的步。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="93"/>
        <source>Distance to the nearest minimum</source>
        <translation>到最近极小值的距离</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="99"/>
        <source>Distance to the nearest saddle point</source>
        <translation>到最近鞍点的距离</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="103"/>
        <source>No minimum or saddle point is marked</source>
        <translation>没有标记极小值或鞍点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="106"/>
        <source>distance (x, y units)</source>
        <translation>距离（x、y 坐标单位）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="205"/>
        <source>Cost f − f* (log scale)</source>
        <translation>代价 f − f*（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="208"/>
        <source>Cost f(x, y) (log scale)</source>
        <translation>代价 f(x, y)（对数刻度）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="209"/>
        <source>f(x, y) &gt; 0</source>
        <translation>f(x, y) &gt; 0</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="206"/>
        <source>f − f*</source>
        <translation>f − f*</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="212"/>
        <source>f(x, y)</source>
        <translation>f(x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/step_plots.py" line="211"/>
        <source>Cost f(x, y)</source>
        <translation>代价 f(x, y)</translation>
    </message>
</context>
<context>
    <name>SummaryTable</name>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="38"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="40"/>
        <source>Leave saddle</source>
        <translation>离开鞍点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="41"/>
        <source>Cost now</source>
        <translation>当前代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="42"/>
        <source>Diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="39"/>
        <source>To min.</source>
        <translation>到达极小值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="43"/>
        <source>λ1, λ2</source>
        <translation>λ1, λ2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="44"/>
        <source>Point type</source>
        <translation>当前点类型</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="56"/>
        <source>Steps until the path first came within the tolerance of a marked minimum; — if not yet</source>
        <translation>路径首次进入标记极小值容差范围所用的步数；尚未进入时显示 —</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="59"/>
        <source>Steps from entering the radius around a marked saddle point to leaving it; — if not yet. The radius is a tenth of the domain&apos;s half-diagonal, or twice the start&apos;s distance to the saddle when that is larger</source>
        <translation>从进入标记鞍点周围的半径到离开所用的步数；尚未离开时显示 —。半径为定义域半对角线的十分之一，若起点到鞍点距离的两倍更大，则取该值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="63"/>
        <source>Cost f(x, y) at the current point</source>
        <translation>当前点的代价 f(x, y)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="65"/>
        <source>Eigenvalues of the Hessian at the current point, smallest first</source>
        <translation>当前点处黑塞矩阵的特征值，从小到大</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="68"/>
        <source>Second-order test at the current point: the signs of the Hessian&apos;s eigenvalues</source>
        <translation>当前点的二阶检验：黑塞矩阵特征值的符号</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="74"/>
        <source>minimum-like</source>
        <translation>类极小值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="75"/>
        <source>maximum-like</source>
        <translation>类极大值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="76"/>
        <source>saddle-like</source>
        <translation>类鞍点</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="77"/>
        <source>degenerate</source>
        <translation>退化</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="83"/>
        <source>minimum-like (λ1, λ2 &gt; 0)</source>
        <translation>类极小值（λ1, λ2 &gt; 0）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="84"/>
        <source>maximum-like (λ1, λ2 &lt; 0)</source>
        <translation>类极大值（λ1, λ2 &lt; 0）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="85"/>
        <source>saddle-like (λ1 &lt; 0 &lt; λ2)</source>
        <translation>类鞍点（λ1 &lt; 0 &lt; λ2）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="86"/>
        <source>degenerate (λ ≈ 0)</source>
        <translation>退化（λ ≈ 0）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="118"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="125"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="132"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/summary.py" line="137"/>
        <source>undefined here</source>
        <translation>此处无定义</translation>
    </message>
</context>
<context>
    <name>SurfaceChooser</name>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="128"/>
        <source>Custom f(x, y)…</source>
        <extracomment>Characters of the formula shown on each side of the offending part in the error echo. Minimum number of context characters on each side when the label is too narrow for ECHO_CONTEXT. Maximum number of carets; a longer offending part is marked by its start and &quot;…&quot;. Maximum length of a word of a parser message shown whole. The parser quotes names and strings from the formula. Minimum widths, in characters, of the surface list and the formula field. The surface list elides a longer title, and the formula field scrolls, so neither widens the window.</extracomment>
        <translation>自定义 f(x, y)…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="130"/>
        <source>Condition number κ:</source>
        <translation>条件数 κ：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="136"/>
        <source>Ratio of the Hessian&apos;s largest to smallest eigenvalue; GD is stable for α &lt; 10/κ</source>
        <translation>黑塞矩阵最大特征值与最小特征值之比；α &lt; 10/κ 时梯度下降稳定</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="140"/>
        <source>f(x, y), e.g. x**2 - y**2 + 0.1*sin(3*x)</source>
        <translation>f(x, y)，如 x**2 - y**2 + 0.1*sin(3*x)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="149"/>
        <source>x minimum</source>
        <translation>x 最小值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="150"/>
        <source>x maximum</source>
        <translation>x 最大值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="151"/>
        <source>y minimum</source>
        <translation>y 最小值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="152"/>
        <source>y maximum</source>
        <translation>y 最大值</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="153"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="168"/>
        <source>x from</source>
        <translation>x 从</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="168"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="168"/>
        <source>y from</source>
        <translation>y 从</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="174"/>
        <source>Surface:</source>
        <translation>曲面：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="215"/>
        <source>Ill-conditioned bowl 0.1·(x² + {0}·y²)</source>
        <translation>病态碗形 0.1·(x² + {0}·y²)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="220"/>
        <source>f(x, y) = {0}</source>
        <translation>f(x, y) = {0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="252"/>
        <source>Saddle x² − y²</source>
        <translation>鞍点 x² − y²</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="253"/>
        <source>Monkey saddle x³ − 3xy²</source>
        <translation>猴鞍 x³ − 3xy²</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="254"/>
        <source>Saddle to minimum sin x + y²</source>
        <translation>鞍点到极小值 sin x + y²</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="255"/>
        <source>Ill-conditioned bowl 0.1·(x² + κ·y²)</source>
        <translation>病态碗形 0.1·(x² + κ·y²)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="256"/>
        <source>Rosenbrock (1 − x)² + 100·(y − x²)²</source>
        <translation>Rosenbrock 函数 (1 − x)² + 100·(y − x²)²</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="257"/>
        <source>Beale function</source>
        <translation>Beale 函数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="258"/>
        <source>Himmelblau function</source>
        <translation>Himmelblau 函数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="259"/>
        <source>Plateau around a saddle (two Gaussian wells)</source>
        <translation>鞍点周围的平稳段（两个高斯阱）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/landscape/surface_chooser.py" line="346"/>
        <source>The map keeps the previous surface until the formula is valid.</source>
        <translation>在公式有效之前，地图保留之前的曲面。</translation>
    </message>
</context>
<context>
    <name>SweepResults</name>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="40"/>
        <source>Final validation cost</source>
        <extracomment>Metrics a sweep can show; names are fields of ``SweepRow``. Maximum number of cells that get their value written inside, because larger grids would be unreadable.</extracomment>
        <translation>最终验证代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="41"/>
        <source>Final validation accuracy</source>
        <translation>最终验证准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="42"/>
        <source>Final training cost</source>
        <translation>最终训练代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="43"/>
        <source>Final training accuracy</source>
        <translation>最终训练准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="90"/>
        <source>No sweep results yet.

Choose one or two settings and their values, then press Start sweep. The final metric of each cell appears here as its run ends.</source>
        <translation>还没有扫描结果。

选择一到两个参数及其取值，然后点击“开始扫描”。每个单元的运行结束后，其最终指标会显示在这里。</translation>
    </message>
</context>
<context>
    <name>SweepTableModel</name>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="268"/>
        <source>Status</source>
        <extracomment>The tick texts of each labelled axis (&quot;bottom&quot;, &quot;left&quot;), in grid order.</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="269"/>
        <source>Validation cost</source>
        <translation>验证代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="270"/>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="271"/>
        <source>Train cost</source>
        <translation>训练代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="272"/>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="273"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="274"/>
        <source>Time (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_results.py" line="275"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="128"/>
        <source>First setting</source>
        <extracomment>The newest message box the view opened; tests read and close it.</extracomment>
        <translation>第一个参数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="133"/>
        <source>Second setting</source>
        <translation>第二个参数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="145"/>
        <source>Worker processes that train cells at the same time; the default is the number of CPU cores</source>
        <translation>同时训练网格单元的工作进程数，默认为 CPU 核心数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="147"/>
        <source>Workers</source>
        <translation>工作进程</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="155"/>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="157"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="167"/>
        <source>%v of %m cells</source>
        <translation>%v / %m 个单元</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="185"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="192"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="193"/>
        <source>Export SVG…</source>
        <translation>导出 SVG…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="194"/>
        <source>Export table CSV…</source>
        <translation>导出表格 CSV…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="269"/>
        <source>No run database is open, so the sweep&apos;s runs cannot be stored.</source>
        <translation>没有打开运行数据库，无法保存扫描产生的运行。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="285"/>
        <source>Cannot start the sweep: {0}</source>
        <translation>无法开始扫描：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="302"/>
        <source>Starting {0} worker processes…</source>
        <translation>正在启动 {0} 个工作进程…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="313"/>
        <source>Cancelling: stopping the running cells…</source>
        <translation>正在取消：停止运行中的单元…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="331"/>
        <source>{0} of {1} cells done, about {2} left</source>
        <translation>已完成 {0}/{1} 个单元，剩余约 {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="343"/>
        <source>Cancelled after {0:.1f} s; {1} of {2} cells stored, tag {3}</source>
        <translation>{0:.1f} 秒后已取消；已保存 {1}/{2} 个单元，标签 {3}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="346"/>
        <source>Finished {0} cells in {1:.1f} s; runs tagged {2}</source>
        <translation>{1:.1f} 秒内完成 {0} 个单元；运行标签为 {2}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="350"/>
        <source>Best {0}: {1}</source>
        <translation>{0}最优：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="356"/>
        <source>The sweep failed: {0}</source>
        <translation>扫描失败：{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="392"/>
        <source>{0} runs of {1} epochs each</source>
        <translation>共 {0} 个运行，每个 {1} 轮</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="397"/>
        <source>Note: the current config does not use {0} (optimizer {1}, schedule {2}), so this axis changes nothing.</source>
        <translation>注意：当前配置不使用“{0}”（优化器 {1}，调度方式 {2}），因此这条轴不起作用。</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="461"/>
        <source>no sweep has finished yet</source>
        <translation>还没有已完成的扫描</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="470"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="471"/>
        <source>{0} could not be written: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="488"/>
        <source>Export sweep plot as PNG</source>
        <translation>将扫描图导出为 PNG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="488"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="494"/>
        <source>Export sweep plot as SVG</source>
        <translation>将扫描图导出为 SVG</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="494"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="500"/>
        <source>Export sweep table as CSV</source>
        <translation>将扫描表导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="500"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SweepWorker</name>
    <message>
        <location filename="../../workbench/gui/runs/sweep_view.py" line="75"/>
        <source>The sweep failed with an unexpected error: {0}: {1}</source>
        <extracomment>Seconds the runner waits for running cells after Cancel before it terminates their processes. The same wait when the window closes. It is longer so that workers still starting up (a spawned process imports numpy and the engine first) can stop on their own instead of being terminated. Width of exported PNG images, in pixels.</extracomment>
        <translation>扫描因意外错误而失败：{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="25"/>
        <source>Epochs</source>
        <extracomment>Combo-box data of the entry that shows the custom-size spin box.</extracomment>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="26"/>
        <source>Number of passes over the training set</source>
        <translation>遍历训练集的次数</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="34"/>
        <source>Whole set (batch GD)</source>
        <translation>整个训练集（批量梯度下降）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="36"/>
        <source>1 (stochastic GD)</source>
        <translation>1（随机梯度下降）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="39"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="45"/>
        <source>Mini-batch size</source>
        <translation>小批量大小</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="46"/>
        <source>Samples per update: 1 is stochastic GD, the whole set is batch GD; a size above the training set is clamped to it</source>
        <translation>每次更新使用的样本数：1 即随机梯度下降，整个训练集即批量梯度下降；超过训练集大小时按训练集大小计</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="51"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/panels/training_panel.py" line="52"/>
        <source>Seeds the shuffle before each epoch</source>
        <translation>每轮开始前打乱样本所用的随机种子</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../../workbench/gui/plots.py" line="142"/>
        <source>Smoothing β of the cost curve:</source>
        <extracomment>How much of the class color the probability image keeps; the rest is white, so points stay visible. Offsets of the mini-batch cost legend from the plot&apos;s corner, in pixels (negative: from the right edge). A diverging cost rises to the top-right corner, so the legend moves to the top left after divergence. Padding of the mini-batch cost plot&apos;s y range after divergence, as a fraction of the range.</extracomment>
        <translation>代价曲线平滑 β：</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="143"/>
        <source>β of the bias-corrected exponentially weighted average; 0.98 averages about the last 50 mini-batches</source>
        <translation>偏差修正指数加权平均所用的 β；0.98 约等于平均最近 50 个小批量</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="160"/>
        <source>Mini-batch cost</source>
        <translation>小批量代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="160"/>
        <source>Iteration (mini-batch updates)</source>
        <translation>迭代（小批量更新次数）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="161"/>
        <location filename="../../workbench/gui/plots.py" line="198"/>
        <source>Cost (cross-entropy, nats)</source>
        <translation>代价（交叉熵，nat）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="165"/>
        <source>raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="167"/>
        <source>smoothed (bias-corrected EWA)</source>
        <translation>平滑（偏差修正的指数加权平均）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="176"/>
        <location filename="../../workbench/gui/plots.py" line="400"/>
        <source>Decision boundary</source>
        <translation>决策边界</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="176"/>
        <location filename="../../workbench/gui/plots.py" line="394"/>
        <source>Feature 1</source>
        <translation>特征 1</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="176"/>
        <location filename="../../workbench/gui/plots.py" line="394"/>
        <source>Feature 2</source>
        <translation>特征 2</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="194"/>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="197"/>
        <source>Cost per epoch</source>
        <translation>每轮代价</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="200"/>
        <location filename="../../workbench/gui/plots.py" line="209"/>
        <source>training</source>
        <translation>训练集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="202"/>
        <location filename="../../workbench/gui/plots.py" line="211"/>
        <source>validation</source>
        <translation>验证集</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="205"/>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="205"/>
        <source>Accuracy (%)</source>
        <translation>准确率（%）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="214"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="215"/>
        <source>α (step size per update)</source>
        <translation>α（每次更新的步长）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="392"/>
        <source>Decision boundary (● training, ○ validation)</source>
        <translation>决策边界（● 训练集，○ 验证集）</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/plots.py" line="402"/>
        <source>The decision boundary is drawn for data sets with two features. This data set has {0} features: follow the cost and accuracy plots instead.</source>
        <translation>只为有两个特征的数据集绘制决策边界。此数据集有 {0} 个特征，请改看代价和准确率曲线。</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <location filename="../../workbench/gui/worker.py" line="153"/>
        <source>Training failed with an unexpected error: {0}: {1}</source>
        <extracomment>Maximum time between two decision-boundary grids while the network changes, in seconds. Time between two decision-boundary grids of a paced run, in seconds, counted in iterations at the pace. Grid points per axis of the decision-boundary image. Time the trainer waits between two progress reports, in seconds. Time window over which the iterations/s of the emitted progress reports is measured, in seconds. How long :meth:`TrainingRunner.stop` waits for the thread before it logs an error (it then keeps waiting).</extracomment>
        <translation>训练因意外错误而失败：{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/worker.py" line="194"/>
        <source>The run could not be stored. {0}</source>
        <translation>无法保存此运行。{0}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/worker.py" line="196"/>
        <source>The run could not be stored in {0}: {1}</source>
        <translation>无法将运行保存到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/worker.py" line="208"/>
        <source>The end of run {0} could not be stored. {1}</source>
        <translation>无法保存运行 {0} 的结果。{1}</translation>
    </message>
    <message>
        <location filename="../../workbench/gui/worker.py" line="212"/>
        <source>The end of run {0} could not be stored in {1}: {2}</source>
        <translation>无法将运行 {0} 的结果保存到 {1}：{2}</translation>
    </message>
</context>
</TS>
