; Inno Setup 6 script: KalixPlan for one Windows user, without administrator rights.
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\kalixplan.iss
;
; Packs the PyInstaller bundle (dist\kalixplan, from packaging\kalixplan.spec) into
; dist\KalixPlan-<version>-setup.exe. It installs to %LOCALAPPDATA%\Programs\KalixPlan, adds a
; Start menu entry (and, if chosen, a desktop shortcut) with the icon the build put into
; kalixplan.exe, and offers KalixPlan under "Open with" for .gpkg files, all under the user's
; own HKCU. Uninstalling removes what was installed; projects, the demo and the catalogue
; (%LOCALAPPDATA%\KalixPlan), the settings (HKCU\Software\KalixPlan) and the log stay.
; See docs/packaging.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Bundle "..\..\dist\kalixplan"

[Setup]
AppId={{1286C83C-B9F7-4ED4-874F-D1F86749BC50}
AppName=KalixPlan
AppVersion={#AppVersion}
AppVerName=KalixPlan {#AppVersion}
AppPublisher=Kalix kommun
DefaultDirName={localappdata}\Programs\KalixPlan
DefaultGroupName=KalixPlan
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user: no UAC prompt, nothing outside the user's profile and HKCU.
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=KalixPlan-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\kalixplan.ico
UninstallDisplayIcon={app}\kalixplan.exe
UninstallDisplayName=KalixPlan
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\KalixPlan"; Filename: "{app}\kalixplan.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\KalixPlan"; Filename: "{app}\kalixplan.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; A ProgID of our own and a place in .gpkg's "Open with" list: offered, never made the default
; (QGIS may be the planner's choice for double-click).
Root: HKCU; Subkey: "Software\Classes\KalixPlan.GeoPackage"; ValueType: string; ValueName: ""; ValueData: "GeoPackage (KalixPlan)"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\KalixPlan.GeoPackage\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\kalixplan.exe,0"
Root: HKCU; Subkey: "Software\Classes\KalixPlan.GeoPackage\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kalixplan.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.gpkg\OpenWithProgids"; ValueType: none; ValueName: "KalixPlan.GeoPackage"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.gpkg"; ValueType: string; ValueName: "Content Type"; ValueData: "application/geopackage+sqlite3"; Flags: createvalueifdoesntexist
Root: HKCU; Subkey: "Software\Classes\Applications\kalixplan.exe"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "KalixPlan"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\kalixplan.exe\SupportedTypes"; ValueType: string; ValueName: ".gpkg"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\Applications\kalixplan.exe\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kalixplan.exe"" ""%1"""

[Run]
Filename: "{app}\kalixplan.exe"; Description: "{cm:LaunchProgram,KalixPlan}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; QtWebEngine may add an empty folder beside its resources; the program folder goes with it.
Type: dirifempty; Name: "{app}\_internal\PySide6\resources\locales"
Type: dirifempty; Name: "{app}"
