# Sign Windows programs with the bootcamp's code-signing certificate (Authenticode, SHA-256, timestamped).
#
#     sign.ps1 FILE [FILE ...]
#
# PLACEHOLDER until Fataplus has a certificate: it reads the PFX from WINDOWS_CERT_PFX_BASE64 and its
# password from WINDOWS_CERT_PASSWORD (repository secrets in CI), and fails when they are missing, so an
# unsigned build is never mistaken for a signed one. With an EV certificate on a hardware token or a
# cloud signing service, replace the signtool line with that service's client.
# NOT RUN on the project's machines (Linux).
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
if (-not ($env:WINDOWS_CERT_PFX_BASE64 -and $env:WINDOWS_CERT_PASSWORD)) {
    throw "WINDOWS_CERT_PFX_BASE64 and WINDOWS_CERT_PASSWORD are not set: nothing to sign with"
}
$pfx = Join-Path $env:RUNNER_TEMP "bootcamp-signing.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX_BASE64))
try {
    $signtool = (Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1).FullName
    & $signtool sign /fd sha256 /td sha256 /tr "http://timestamp.digicert.com" `
        /f $pfx /p $env:WINDOWS_CERT_PASSWORD $Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed" }
} finally {
    Remove-Item $pfx -ErrorAction SilentlyContinue
}
