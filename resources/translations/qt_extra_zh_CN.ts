<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Texts of Qt's own dialogs (Qt 6.11) that qtbase_zh_CN.qm does not translate.
Contexts, source texts and <comment> disambiguations are exactly the ones Qt
passes to QCoreApplication::translate, so they must not be reworded. The app
installs this catalog after qtbase_zh_CN, so Qt looks here first. A message
that qtbase_zh_CN already translates belongs here only with a
<translatorcomment> that says why it overrides qtbase; tests check both rules.
Edit this file by hand, then run `python tools/translations.py compile`.
-->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>替身</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translatorcomment>Overrides qtbase_zh_CN, whose &quot;Alt+左方向键&quot; is no key sequence that QKeySequence can parse, so the Back button loses its shortcut.</translatorcomment>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translatorcomment>Overrides qtbase_zh_CN, whose &quot;Alt+右方向键&quot; is no key sequence that QKeySequence can parse, so the Forward button loses its shortcut.</translatorcomment>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translatorcomment>Overrides qtbase_zh_CN, whose &quot;Alt+上方向键&quot; is no key sequence that QKeySequence can parse, so the Parent Directory button loses its shortcut.</translatorcomment>
        <translation>Alt+Up</translation>
    </message>
</context>
</TS>
