/*
 * The export of the auditor's view, downloaded with its progress shown: the script reads the export as it
 * streams, counts its lines (one per event) against the events the page counted (data-events), or its bytes
 * against Content-Length when the answer has one, and then offers the file it received. Without the streams
 * API the link is an ordinary download.
 */
(function () {
    'use strict';

    function fileNameOf(response, fallback) {
        var disposition = response.headers.get('Content-Disposition') || '';
        var match = /filename="?([^";]+)"?/.exec(disposition);
        return match ? match[1] : fallback;
    }

    function start() {
        var link = document.getElementById('export');
        var progress = document.getElementById('export-progress');
        var status = document.getElementById('export-status');
        var file = document.getElementById('export-file');
        if (!link || !progress || !window.fetch || !window.ReadableStream) {
            return;
        }
        link.addEventListener('click', function (event) {
            event.preventDefault();
            if (link.dataset.downloading) {
                return;
            }
            link.dataset.downloading = 'true';
            link.setAttribute('aria-disabled', 'true');
            var events = Number(link.dataset.events) || 0;
            progress.max = Math.max(events, 1);
            progress.value = 0;
            status.textContent = 'Downloading…';
            var done = function () {
                delete link.dataset.downloading;
                link.removeAttribute('aria-disabled');
            };
            fetch(link.href, {credentials: 'same-origin', headers: {'Accept': 'application/x-ndjson'}}).then(function (response) {
                if (!response.ok) {
                    return response.json().catch(function () { return {}; }).then(function (problem) {
                        status.textContent = 'The export was refused: ' + ([problem.title, problem.detail].filter(Boolean).join(': ')
                            || response.status + ' ' + response.statusText);
                        done();
                    });
                }
                var length = Number(response.headers.get('Content-Length')) || 0;
                var reader = response.body.getReader();
                var chunks = [];
                var bytes = 0;
                var lines = 0;
                var pump = function () {
                    return reader.read().then(function (step) {
                        if (step.done) {
                            return;
                        }
                        chunks.push(step.value);
                        bytes += step.value.length;
                        for (var i = 0; i < step.value.length; i++) {
                            if (step.value[i] === 10) {
                                lines++;
                            }
                        }
                        if (length) {
                            progress.max = length;
                            progress.value = bytes;
                        } else {
                            progress.value = Math.min(lines, progress.max);
                        }
                        status.textContent = lines + ' of ' + events + ' events received';
                        return pump();
                    });
                };
                return pump().then(function () {
                    var blob = new Blob(chunks, {type: 'application/x-ndjson'});
                    if (file.href) {
                        URL.revokeObjectURL(file.href);
                    }
                    file.href = URL.createObjectURL(blob);
                    file.download = fileNameOf(response, 'export.ndjson');
                    file.hidden = false;
                    progress.value = progress.max;
                    status.textContent = 'Received ' + lines + ' events (' + bytes + ' bytes): ' + file.download;
                    done();
                    file.click();
                });
            }).catch(function () {
                status.textContent = 'The export could not be downloaded; try again.';
                done();
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
