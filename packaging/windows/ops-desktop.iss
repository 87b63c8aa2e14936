; Inno Setup script: a Windows installer with a Start-menu entry and an uninstaller.
; Build the bundle first (see README, "Packaging"), then:
;   iscc packaging\windows\ops-desktop.iss
; The uninstaller removes the program only: the user's database and backups live in
; %LOCALAPPDATA%\ops-desktop and are never deleted.

#define AppVersion "0.1.0"

[Setup]
AppId={{6C1D1B0E-3F6A-4B57-9B7E-0F0D5A4C8E21}
AppName=ops-desktop
AppVersion={#AppVersion}
AppPublisher=Operations Department
DefaultDirName={autopf}\ops-desktop
DefaultGroupName=ops-desktop
OutputDir=..\..\build\installer
OutputBaseFilename=ops-desktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\ops-desktop.ico
UninstallDisplayIcon={app}\ops-desktop.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\dist\ops-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ops-desktop"; Filename: "{app}\ops-desktop.exe"
Name: "{group}\Uninstall ops-desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ops-desktop"; Filename: "{app}\ops-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Run]
Filename: "{app}\ops-desktop.exe"; Description: "Start ops-desktop"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries for user data, on purpose: appraisals are years of records.
