; Lantern installer additions (included by electron-builder's NSIS script).
;
; Lantern keeps one clinic's encrypted data in %ProgramData%\Lantern (see src/main/paths.ts), and
; every Windows account on a shared workstation must be able to read and write it. By default a
; folder created there is writable only by the account that created it, so the installer (which
; runs elevated, per machine) creates the folder and gives the built-in Users group Modify rights.
; The data stays protected by Lantern's own encryption and per-person sign-in.

!macro customInstall
  ; NSIS has no $COMMONAPPDATA constant: in the "all users" context $APPDATA is the machine-wide
  ; application data folder, i.e. C:\ProgramData.
  SetShellVarContext all
  CreateDirectory "$APPDATA\Lantern"
  ; *S-1-5-32-545 is the well-known SID of BUILTIN\Users; the group's name is translated on
  ; non-English Windows, the SID is not. (OI)(CI)M: Modify, inherited by files and subfolders.
  ; /T /C also fixes files left by an earlier install, continuing past any single failure.
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$APPDATA\Lantern" /grant *S-1-5-32-545:(OI)(CI)M /T /C'
  Pop $0
  StrCmp $0 "0" lantern_data_folder_ready
    DetailPrint "icacls returned $0 for $APPDATA\Lantern"
    MessageBox MB_OK|MB_ICONEXCLAMATION "Lantern was installed, but the shared data folder$\r$\n$APPDATA\Lantern$\r$\ncould not be opened to every account on this computer.$\r$\n$\r$\nOther Windows accounts may not be able to use Lantern until an administrator gives the Users group Modify rights on that folder." /SD IDOK
  lantern_data_folder_ready:
!macroend

!macro customUnInstall
  ; Deliberately empty: uninstalling or upgrading Lantern never deletes the clinic's records in
  ; %ProgramData%\Lantern. Removing them is a separate, deliberate act.
!macroend
