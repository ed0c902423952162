#pragma once
// Tesseract engines are slow to start (the model loads) and not thread-safe: each thread
// borrows one for as long as it works, and the engine goes back to the pool for the next
// page or document instead of being loaded again.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ocr/tesseract_ocr.h"

namespace occx {

class EnginePool {
public:
    class Lease {
    public:
        Lease(EnginePool& pool, std::unique_ptr<TesseractEngine> engine) : pool_(pool), engine_(std::move(engine)) {}
        ~Lease() { pool_.give_back(std::move(engine_)); }
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        TesseractEngine& engine() { return *engine_; }

    private:
        EnginePool& pool_;
        std::unique_ptr<TesseractEngine> engine_;
    };

    // The process's pool for one language and layout.
    static EnginePool& shared(const std::string& language, OcrLayout layout);
    // An idle engine, or a new one; throws occx::Error when the model is missing.
    Lease borrow();

private:
    EnginePool(std::string language, OcrLayout layout) : language_(std::move(language)), layout_(layout) {}
    void give_back(std::unique_ptr<TesseractEngine> engine);

    std::string language_;
    OcrLayout layout_;
    std::mutex mu_;
    std::vector<std::unique_ptr<TesseractEngine>> idle_;
};

}  // namespace occx
