# A small profile with one attribute of each kind the emitters handle; its output is checked in under Baselines/.
profile     MiniProfile
title       Mini test server
namespace   Contoso.Mini
limit       1..50 default 10
offset      no
includeall  no

[declare]
00191010    LO   1    AcmeScannerMode

[study]
StudyInstanceUID            studies,series,instances   exact,list        default
PatientName                 studies,series,instances   exact,fuzzy,wildcard   default
StudyDate                   studies,series,instances   exact,range       default
StudyTime                   studies                    exact             -
ModalitiesInStudy           -                          -                 default
ProcedureCodeSequence       -                          -                 all

[series]
SeriesInstanceUID           series,instances,study-series,study-instances   exact     default
Modality                    series,study-series        exact             default    CT,MR,12-LEAD
SeriesNumber                series,study-series        exact             default
AcquisitionDateTime         series                     exact,range       -

[instance]
SOPInstanceUID              instances,study-instances,series-instances   exact   default
SliceThickness              instances,series-instances   exact           -
AcmeScannerMode             series-instances           exact,wildcard    -
PixelData                   -                          -                 -
