; Inno Setup 6 script of the Windows installer: bootcamp-desktop-<version>-setup.exe
;
;     iscc /DAppVersion=0.1.0 packaging\windows\bootcamp-desktop.iss
;
; It packs the PyInstaller folder (build\windows\dist\bootcamp-desktop, made by build.ps1 from
; packaging\bootcamp-desktop.spec) and needs nothing at install time: no network, no Python, no
; administrator (it installs for the current user unless the user picks "all users"), so a facilitator
; can carry it on a USB drive to a lab. Signing: build.ps1 passes /DSign and a "bootcamp" sign tool
; when a certificate is configured (packaging\windows\sign.ps1); otherwise the installer is unsigned and
; SmartScreen warns about it.
; NOT BUILT OR RUN on the project's machines (Linux): .github/workflows/installers.yml builds it on
; windows-latest.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=0.1.0
#endif
#define AppName "Fataplus Bootcamp"
#define Bundle "..\..\build\windows\dist\bootcamp-desktop"

[Setup]
AppId={{3E21FB3A-D536-481A-8B4E-80DB154B3003}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Fataplus
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build\windows
OutputBaseFilename=bootcamp-desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\windows\icons\org.fataplus.BootcampDesktop.ico
UninstallDisplayIcon={app}\Fataplus Bootcamp.exe
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
SignTool=bootcamp
SignedUninstaller=yes
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\Fataplus Bootcamp.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\Fataplus Bootcamp.exe"; Tasks: desktopicon

; The course pack type (.bootcamp-pack) is registered when the app can open packs (issue 20), as on
; Linux and macOS.

[Run]
Filename: "{app}\Fataplus Bootcamp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; The replica and backups live in the user's AppData, never here, and are kept on uninstall.
Type: filesandordirs; Name: "{app}\_internal"
