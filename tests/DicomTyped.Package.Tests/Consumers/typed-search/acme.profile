# The consumer's own server: Azure DICOM v2's core search set, one extended query tag and one private attribute.
# No namespace line: the types go to <RootNamespace>.DicomProfiles.AcmeArchive.
profile     AcmeArchive
title       Acme archive (Azure DICOM v2 with an extended query tag)
limit       1..200 default 100
offset      yes
includeall  yes

[declare]
# tag       VR   VM   keyword
00191010    LO   1    AcmeScannerMode

[study]
StudyInstanceUID     studies,series,instances                        exact         default
PatientName          studies,series,instances                        exact,fuzzy   default
PatientID            studies,series,instances                        exact         default

[series]
SeriesInstanceUID    series,instances,study-series,study-instances   exact         default
Modality             series,instances,study-series,study-instances   exact         default
# An extended query tag: searchable only where the service registered it.
BodyPartExamined     series,instances,study-series,study-instances   exact         default

[instance]
SOPInstanceUID       instances,study-instances,series-instances      exact         default
# A private attribute, returned when named by includefield.
AcmeScannerMode      -                                               -             -
