# Build the Windows installer: build\windows\bootcamp-desktop-<version>-setup.exe
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.12+ (python on the PATH) and Inno Setup 6 (iscc.exe; preinstalled on GitHub's
# windows-latest). Signing happens only when WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD are set
# (sign.ps1); without them the build is unsigned and says so.
# NOT RUN on the project's machines (Linux): .github/workflows/installers.yml runs it.
$ErrorActionPreference = "Stop"
$Root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $Root
$Build = "$Root\build\windows"
$Venv = "$Build\venv"

if (-not (Test-Path "$Venv\Scripts\python.exe")) { python -m venv $Venv }
& "$Venv\Scripts\python.exe" -m pip install --quiet --upgrade pip
& "$Venv\Scripts\python.exe" -m pip install --quiet -e .\packages\core -e ".[packaging]"
$Version = & "$Venv\Scripts\python.exe" -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"

$started = Get-Date
& "$Venv\Scripts\python.exe" -m PyInstaller --noconfirm --log-level WARN `
    --distpath "$Build\dist" --workpath "$Build\pyinstaller" packaging\bootcamp-desktop.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# The installer's own icon: rendered from the SVG like every other size.
& "$Venv\Scripts\python.exe" packaging\icons.py "$Build\icons"

$sign = $env:WINDOWS_CERT_PFX_BASE64 -and $env:WINDOWS_CERT_PASSWORD
if ($sign) {
    & "$PSScriptRoot\sign.ps1" (Get-ChildItem "$Build\dist\bootcamp-desktop\*.exe").FullName
} else {
    Write-Warning "no signing certificate configured: the programs and the installer are unsigned"
}

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
$isccArgs = @("/Q", "/DAppVersion=$Version")
if ($sign) { $isccArgs += @("/DSign", "/Sbootcamp=powershell -ExecutionPolicy Bypass -File `"$PSScriptRoot\sign.ps1`" `$f") }
& $iscc @isccArgs packaging\windows\bootcamp-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

$setup = Get-Item "$Build\bootcamp-desktop-$Version-setup.exe"
$folder = (Get-ChildItem -Recurse "$Build\dist\bootcamp-desktop" | Measure-Object -Property Length -Sum).Sum
Write-Host ("installer:      {0} ({1:N0} MB)" -f $setup.Name, ($setup.Length / 1MB))
Write-Host ("installed size: {0:N0} MB" -f ($folder / 1MB))
Write-Host ("build time:     {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
