; Inno Setup script: one approved installer for the officers' Windows 10/11 PCs.
; Build the PyInstaller folder first (see README.md beside this file), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\kotra-invest.iss
; The installer needs no internet and no administrator rights (per-user install into
; %LOCALAPPDATA%\Programs), so an officer can install the approved copy on a locked-down PC;
; IT can still deploy it machine-wide with /ALLUSERS.

#define AppName "kotra-invest"
#define AppVersion GetEnv("KOTRA_INVEST_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C7C1E-3B0B-4E5E-9A57-2D1C8E5B7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Investment attraction team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=kotra-invest-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\kotra-invest.exe

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole one-folder bundle made by `pyinstaller packaging\kotra-invest.spec`.
Source: "..\..\dist\kotra-invest\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kotra-invest.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kotra-invest.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
; The same self-test CI runs on Linux: the installed program opens its main window and quits.
Filename: "{app}\kotra-invest.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation…"
Filename: "{app}\kotra-invest.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The officer's database, backups and logs live in %LOCALAPPDATA%\kotra-invest and are kept on
; uninstall: removing the program must never remove the records.
