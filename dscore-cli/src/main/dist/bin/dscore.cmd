@echo off
rem dscore: the D-Score command line, as installed from the distribution archive. Runs from any directory; needs
rem Java 17 or later: %JAVA_HOME%\bin\java.exe if JAVA_HOME is set, else java on the PATH.
rem Usage: dscore score --help
setlocal
set "DSCORE_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
rem JVM options of a short-lived command: bin\jvm.options is the list for bin/dscore and ./dscore; keep this line equal.
rem DSCORE_JAVA_OPTS replaces them.
if defined DSCORE_JAVA_OPTS (set "JAVA_OPTS=%DSCORE_JAVA_OPTS%") else (set "JAVA_OPTS=-XX:+UseSerialGC")
"%JAVA_EXE%" %JAVA_OPTS% -classpath "%DSCORE_HOME%\lib\*" io.dscore.cli.DScoreCommand %*
exit /b %ERRORLEVEL%
