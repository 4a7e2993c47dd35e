# A server that does not percent-decode query values and has wild card matching on only some text attributes:
# the builders must send a wildcard form where they can and refuse (with the reason) where they cannot.
profile          RawPacs
title            Raw PACS (no percent-decoding)
limit            none
offset           no
includeall       no
percentdecoding  no

[study]
StudyInstanceUID      studies   exact            default
PatientName           studies   exact,fuzzy      default
PatientID             studies   exact,wildcard   default
StudyDescription      studies   exact            -
