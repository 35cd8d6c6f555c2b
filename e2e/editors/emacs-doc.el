;;; emacs-doc.el --- the Emacs set-up of docs/configuration.md, run headless  -*- lexical-binding: t -*-
;; emacs-doc.sh extracts the block, puts the real jar in place of /path/to/paperlens-server.jar and
;; runs this file in `emacs --batch': it opens a note of a copy of examples/ the way a user does,
;; starts eglot, and checks a hover (in plain text, as eglot asks), a completion and a definition.
;; Prints PASS/FAIL lines like e2e/run and exits 1 when one failed.

(require 'package)
(package-initialize)
(require 'eglot)
(require 'markdown-mode)
(load (getenv "E2E_SNIPPET") nil t)

(defvar paperlens-failures 0)
(defun paperlens-report (ok name &optional why)
  (unless ok (setq paperlens-failures (1+ paperlens-failures)))
  (princ (format "%s emacs-doc: %s%s\n" (if ok "PASS" "FAIL") name
                 (if (and (not ok) why) (concat " -- " why) ""))))

(defun paperlens-at (text)
  "Moves point into the first TEXT of the buffer."
  (goto-char (point-min))
  (when (search-forward text nil t)
    (goto-char (- (point) (/ (length text) 2)))
    t))

(setq eglot-sync-connect 60)
(find-file (getenv "E2E_NOTE"))
(paperlens-report (eq major-mode 'markdown-mode) "the note opens in markdown-mode"
                  (format "%s" major-mode))
(condition-case err
    (apply #'eglot (eglot--guess-contact))
  (error (paperlens-report nil "eglot starts the documented server" (format "%S" err))))
(let ((deadline (+ (float-time) 120)))
  ;; A slow start goes on asynchronously past eglot-sync-connect: wait for it.
  (while (and (not (eglot-current-server)) (< (float-time) deadline))
    (accept-process-output nil 0.5)))
(let ((server (eglot-current-server)))
  (paperlens-report server "eglot starts the documented server and manages the note")
  (when server
    (let ((deadline (+ (float-time) 90)) (text ""))
      ;; The first build may still run: ask until the card names the paper.
      (while (and (< (float-time) deadline) (not (string-match-p "Hyena" text)))
        (paperlens-at "вроде Hyena")
        (forward-char 4)
        (let* ((answer (ignore-errors
                         (jsonrpc-request server :textDocument/hover
                                          (eglot--TextDocumentPositionParams))))
               (contents (and answer (plist-get answer :contents))))
          (setq text (cond ((stringp contents) contents)
                           ((plist-get contents :value))
                           (t "")))
          (when (string-empty-p text) (sleep-for 0.5))))
      (paperlens-report (string-match-p "Hyena Hierarchy" text) "hover shows the paper's card" text)
      ;; eglot asks for Markdown when markdown-mode can show it, else for plain text: the card
      ;; must come as asked, and without links Emacs cannot run.
      (let* ((formats (plist-get (plist-get (plist-get (eglot-client-capabilities server)
                                                       :textDocument)
                                            :hover)
                                 :contentFormat))
             (wanted (if (vectorp formats) (aref formats 0) (car formats))))
        (paperlens-report (if (equal wanted "plaintext")
                              (not (string-match-p "\\*\\*" text))
                            (string-match-p "\\*\\*" text))
                          (format "the card comes as eglot asked (%s)" wanted) text))
      (paperlens-report (not (string-match-p "command:" text))
                        "the card has no command link Emacs cannot run" text)
      (paperlens-at "[@gu2023mamba]")
      (let* ((locations (jsonrpc-request server :textDocument/definition
                                         (eglot--TextDocumentPositionParams)))
             (first (if (vectorp locations) (and (> (length locations) 0) (aref locations 0)) locations)))
        (paperlens-report (and first (string-match-p "reviews/" (or (plist-get first :uri) "")))
                          "definition of a citation leads to its review" (format "%S" locations)))
      (goto-char (point-max))
      (insert "\nsee [@gu2")
      (eglot--signal-textDocument/didChange)
      (let* ((answer (jsonrpc-request server :textDocument/completion
                                      (eglot--CompletionParams)))
             (items (if (vectorp answer) answer (plist-get answer :items)))
             (labels (mapcar (lambda (i) (plist-get i :label)) items)))
        (paperlens-report (member "gu2023mamba" labels) "completion after [@gu2 offers the key"
                          (format "%S" labels)))
      (set-buffer-modified-p nil)
      (ignore-errors (eglot-shutdown server)))))
(kill-emacs (if (> paperlens-failures 0) 1 0))
