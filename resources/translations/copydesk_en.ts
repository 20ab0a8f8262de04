<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ArticleCommands</name>
    <message numerus="yes">
        <source>Opened %n file(s).</source>
        <translation>
            <numerusform>Opened %n file.</numerusform>
            <numerusform>Opened %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fix the %n error(s) in the checklist before publishing.</source>
        <translation>
            <numerusform>Fix the error in the checklist before publishing.</numerusform>
            <numerusform>Fix the %n errors in the checklist before publishing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <source>Replaced %n time(s)</source>
        <translation>
            <numerusform>Replaced %n time</numerusform>
            <numerusform>Replaced %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) could not be opened:</source>
        <translation>
            <numerusform>This file could not be opened:</numerusform>
            <numerusform>%n files could not be opened:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>standfirst %Ln character(s)</source>
        <translation>
            <numerusform>standfirst %Ln character</numerusform>
            <numerusform>standfirst %Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WireDesk</name>
    <message numerus="yes">
        <source>Imported %n story(s).</source>
        <translation>
            <numerusform>Imported %n story.</numerusform>
            <numerusform>Imported %n stories.</numerusform>
        </translation>
    </message>
</context>
</TS>
