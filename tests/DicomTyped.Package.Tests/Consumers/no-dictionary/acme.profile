profile     AcmeArchive
title       Acme archive
namespace   Acme.Archive
limit       1..200 default 100
offset      yes
includeall  yes

[study]
PatientID            studies,series,instances                        exact         default
